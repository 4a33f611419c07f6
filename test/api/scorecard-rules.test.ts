import pg from "pg";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CALENDAR, WorkingCalendar } from "../../server/src/calendar/working-calendar.js";
import type { Context } from "../../server/src/context.js";
import { isLateConsultationNotice } from "../../server/src/initiatives/rules.js";
import { minutesDeadline, minutesLate } from "../../server/src/minutes/document.js";
import { createDataSource } from "../../server/src/platform/db/data-source.js";
import { ScorecardResolver } from "../../server/src/publishing/scorecard.js";
import { isLateNotice, voteMomentOf } from "../../server/src/sessions/rules.js";
import { freshDatabase } from "../support/server.js";

/**
 * The transparency scorecard counts in SQL with the rule modules' own numbers
 * (sessions/rules.ts: notice and vote moment; minutes/document.ts: the 48-hour
 * deadline), so at each rule's edge it agrees with them.
 */
describe("the scorecard and the rule modules agree", () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let c: pg.Client;
  let ds: DataSource;
  const q = async (text: string, params: unknown[] = []) => (await c.query(text, params)).rows;
  const at = (s: string) => new Date(s);
  const hours = (d: Date, h: number) => new Date(d.getTime() + h * 3600_000);

  beforeAll(async () => {
    db = await freshDatabase();
    c = new pg.Client({ connectionString: db.url });
    await c.connect();
    const [council] = await q("SELECT id FROM body WHERE kind = 'COUNCIL'");
    const [committee] = await q("SELECT id FROM body WHERE kind = 'COMMITTEE' LIMIT 1");
    const [user] = await q("SELECT id FROM app_user WHERE username = 'sekretaria'");
    const session = async (body: string, scheduled: Date, announced: Date, closed?: Date) => (await q(
      `INSERT INTO council_session (body_id, title, scheduled_at, announced_at, seats, status, started_at, closed_at)
       VALUES ($1, 'Rregull', $2, $3, 51, $4, $5, $6) RETURNING id`,
      [body, scheduled, announced, closed ? "CLOSED" : "SCHEDULED", closed ? scheduled : null, closed ?? null]))[0].id as string;
    // Notice, in 2030-H1: a council session 7 days ahead (on time) and 6 days ahead (late); a committee meeting 3 days
    // ahead (on time) and one second short of 3 days (late).
    const march = at("2030-03-10T09:00:00Z");
    await session(council.id, march, hours(march, -7 * 24));
    await session(council.id, march, hours(march, -6 * 24));
    await session(committee.id, march, hours(march, -3 * 24));
    await session(committee.id, march, new Date(hours(march, -3 * 24).getTime() + 1000));
    // Minutes, closed in 2030-H1: published exactly 48 hours after closing (on time) and one second later (late).
    const closed = at("2030-04-01T15:00:00Z");
    for (const delay of [0, 1000]) {
      const id = await session(council.id, hours(closed, -5), hours(closed, -30 * 24), closed);
      await q("INSERT INTO minutes (session_id, published_at, published_by, document, sha256) VALUES ($1, $2, $3, '{}', repeat('a', 64))",
        [id, new Date(hours(closed, 48).getTime() + delay), user.id]);
    }
    // Vote moment: a draft on an item of a session scheduled in 2030-H1 whose vote opened in 2030-H2 counts in H2;
    // a draft on an item without a vote counts at its session's start (H1).
    const june = at("2030-06-28T09:00:00Z");
    const late = await session(council.id, june, hours(june, -10 * 24));
    const [voted] = await q("INSERT INTO agenda_item (session_id, position, title, draft_published_at) VALUES ($1, 1, 'Draft', $2) RETURNING id",
      [late, hours(june, -20 * 24)]);
    await q("UPDATE council_session SET status = 'IN_PROGRESS', started_at = $2 WHERE id = $1", [late, june]);
    await q("INSERT INTO vote (session_id, agenda_item_id, majority, seats, opened_at) VALUES ($1, $2, 'SIMPLE', 51, $3)",
      [late, voted.id, at("2030-07-02T10:00:00Z")]);
    const plain = await session(council.id, march, hours(march, -10 * 24));
    await q("INSERT INTO agenda_item (session_id, position, title, draft_published_at) VALUES ($1, 1, 'Draft', $2)",
      [plain, hours(march, -20 * 24)]);
    // Consultations' notice, in 2030-H1: announced exactly 14 days ahead (on time) and one second short (late).
    const hearing = at("2030-05-20T16:00:00Z");
    for (const announced of [hours(hearing, -14 * 24), new Date(hours(hearing, -14 * 24).getTime() + 1000)]) {
      await q("INSERT INTO consultation (title, kind, held_at, announced_at, place, status, women, men) VALUES ('Dëgjesë', 'HEARING', $1, $2, 'Salla', 'ANNOUNCED', 0, 0)",
        [hearing, announced]);
    }
    ds = createDataSource(db.url, { poolSize: 2 });
    await ds.initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await c?.end();
    await db?.drop();
  });

  const scorecard = async (period: string) => {
    const ctx = { services: { ds, calendar: { calendar: new WorkingCalendar(DEFAULT_CALENDAR) }, oss: { now: () => new Date() } } } as unknown as Context;
    const card = await new ScorecardResolver().transparencyScorecard(period, ctx);
    return Object.fromEntries(card.indicators.map((i) => [i.key, i]));
  };
  const range = (period: string) => (period.endsWith("H1")
    ? [at("2029-12-31T23:00:00Z"), at("2030-06-30T22:00:00Z")] : [at("2030-06-30T22:00:00Z"), at("2030-12-31T23:00:00Z")]);

  it("notice: a council session noticed 6 days ahead is late in both, 7 days is on time in both", async () => {
    const rows: { kind: "COUNCIL" | "COMMITTEE"; announced_at: Date; scheduled_at: Date }[] = await q(
      `SELECT b.kind, s.announced_at, s.scheduled_at FROM council_session s JOIN body b ON b.id = s.body_id
       WHERE s.scheduled_at >= $1 AND s.scheduled_at < $2`, range("2030-H1"));
    const onTime = rows.filter((r) => !isLateNotice(r.kind, r.announced_at, r.scheduled_at)).length;
    const card = await scorecard("2030-H1");
    expect({ on: card.notice.numerator, of: card.notice.denominator }).toEqual({ on: onTime, of: rows.length });
    expect(rows.length).toBe(8);
    expect(onTime).toBe(6); // the 6-day council session and the committee meeting a second short are late
  });

  it("minutes: published 48 hours after closing is on time in both, a second later is late in both", async () => {
    const rows: { closed_at: Date; published_at: Date | null }[] = await q(
      `SELECT s.closed_at, m.published_at FROM council_session s LEFT JOIN minutes m ON m.session_id = s.id
       WHERE s.status = 'CLOSED' AND s.closed_at >= $1 AND s.closed_at < $2`, range("2030-H1"));
    const onTime = rows.filter((r) => r.published_at && !minutesLate(minutesDeadline(r.closed_at), r.published_at, new Date())).length;
    const card = await scorecard("2030-H1");
    expect({ on: card.minutes.numerator, of: card.minutes.denominator }).toEqual({ on: onTime, of: rows.length });
    expect({ on: onTime, of: rows.length }).toEqual({ on: 1, of: 2 });
  });

  it("consultations' notice: 14 days ahead is on time in both, a second less is late in both", async () => {
    const rows: { announced_at: Date; held_at: Date }[] = await q("SELECT announced_at, held_at FROM consultation WHERE held_at >= $1 AND held_at < $2", range("2030-H1"));
    const onTime = rows.filter((r) => !isLateConsultationNotice(r.announced_at, r.held_at)).length;
    const card = await scorecard("2030-H1");
    expect({ on: card.consultationNotice.numerator, of: card.consultationNotice.denominator }).toEqual({ on: onTime, of: rows.length });
    expect({ on: onTime, of: rows.length }).toEqual({ on: 1, of: 2 });
  });

  it("drafts count in the half-year of their item's vote moment", async () => {
    const rows: { scheduled_at: Date; first: Date | null }[] = await q(
      `SELECT s.scheduled_at, min(v.opened_at) AS first FROM agenda_item i JOIN council_session s ON s.id = i.session_id
       LEFT JOIN vote v ON v.agenda_item_id = i.id WHERE i.draft_published_at IS NOT NULL GROUP BY i.id, s.scheduled_at`);
    for (const period of ["2030-H1", "2030-H2"]) {
      const [from, to] = range(period);
      const inPeriod = rows.map((r) => voteMomentOf(r.scheduled_at, r.first ? [r.first] : [])).filter((m) => m >= from && m < to).length;
      expect((await scorecard(period)).drafts.denominator, period).toBe(inPeriod);
      expect(inPeriod, period).toBe(1);
    }
  });
});
