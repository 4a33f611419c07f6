import { describe, expect, it } from "vitest";
import { calendarLinks, noticeDays, upcomingSessions, type CalendarSession } from "./calendar";
import { verdictOf, type Indicator } from "./indicators";

const session = (id: string, status: string, scheduledAt: string, positions: number[] = []): CalendarSession =>
  ({
    id,
    title: id,
    status,
    scheduledAt,
    announcedAt: scheduledAt,
    lateNotice: false,
    body: { id: "b", name: "Këshilli", kind: "COUNCIL" },
    agenda: positions.map((position) => ({ id: `${id}-${position}`, position, title: "", description: null, status: "PENDING", draftPublishedAt: null, commentPeriodWorkingDays: null, shortCommentPeriod: false, initiatives: [] })),
  }) as unknown as CalendarSession;

describe("the public calendar", () => {
  it("keeps sessions still to come, soonest first, agendas in order", () => {
    const list = upcomingSessions([
      session("later", "SCHEDULED", "2026-12-20T09:00:00Z", [2, 1]),
      session("closed", "CLOSED", "2026-11-01T09:00:00Z"),
      session("now", "IN_PROGRESS", "2026-11-24T09:00:00Z"),
      session("paused", "SUSPENDED", "2026-11-23T09:00:00Z"),
    ]);
    expect(list.map((s) => s.id)).toEqual(["paused", "now", "later"]);
    expect(list[2].agenda.map((i) => i.position)).toEqual([1, 2]);
  });

  it("asks 7 days' notice for the council, 3 for a committee", () => {
    expect(noticeDays("COUNCIL")).toBe(7);
    expect(noticeDays("COMMITTEE")).toBe(3);
  });
});

describe("a scorecard indicator's verdict", () => {
  const base: Indicator = { key: "notice", value: 100, target: 100, unit: "PERCENT", numerator: 3, denominator: 3, met: true } as Indicator;
  it("reads met, missed, no data and no target", () => {
    expect(verdictOf(base)).toBe("met");
    expect(verdictOf({ ...base, value: 50, met: false })).toBe("missed");
    expect(verdictOf({ ...base, value: null, met: null, denominator: 0 })).toBe("noData");
    expect(verdictOf({ ...base, key: "declarations", unit: "COUNT", target: null, met: null })).toBe("noTarget");
  });
});

describe("calendar subscriptions", () => {
  it("webcal:// and https:// links to the council's and a committee's .ics feed on the site's own host", () => {
    const here = { host: "kuvend.elbasan.gov.al", protocol: "https:" };
    expect(calendarLinks(undefined, here)).toEqual({ webcal: "webcal://kuvend.elbasan.gov.al/kalendari.ics", https: "https://kuvend.elbasan.gov.al/kalendari.ics" });
    expect(calendarLinks("b1", { host: "localhost:5173", protocol: "http:" })).toEqual({ webcal: "webcal://localhost:5173/kalendari/b1.ics", https: "http://localhost:5173/kalendari/b1.ics" });
  });
});
