import { describe, expect, it } from "vitest";
import { Body, BodyKind } from "../council/body.js";
import { type Councillor, Gender } from "../council/councillor.js";
import { Declaration, InterestType } from "../sessions/declaration.js";
import {
  AgendaItem, AgendaItemStatus, Attendance, AttendanceStatus, BallotChoice, CouncilSession, MajorityRule, SessionStatus, Vote, VoteOutcome, VoteStatus,
} from "../sessions/model.js";
import { Speaker, SpeakerStatus, SpeechKind } from "../sessions/speaker.js";
import { canonicalJson, MINUTES_FORMAT, minutesDeadline, minutesDocument, minutesLate, sha256Hex } from "./document.js";

const c = (id: string, fullName: string, gender: Gender, party: string | null): Councillor => ({ id, fullName, gender, party, active: true });
const ZANA = c("c1", "Zana Çela", Gender.FEMALE, "PS");
const ARBEN = c("c2", "Arben Hoxha", Gender.MALE, "PD");
const ERA = c("c3", "Ëra Basha", Gender.FEMALE, null); // Ë sorts after E in Albanian
const ELONA = c("c4", "Elona Kola", Gender.FEMALE, "PS");

const T = (iso: string) => new Date(iso);

function closedSession(): CouncilSession {
  const body = Object.assign(new Body(), { id: "b1", name: "Këshilli Bashkiak Elbasan", kind: BodyKind.COUNCIL, seats: 5 });
  const declaration = (id: string, who: Councillor, filedAt: string, extra: Partial<Declaration>) => Object.assign(new Declaration(), {
    id, agendaItemId: "i1", councillorId: who.id, councillor: who, interestType: InterestType.FAMILY, description: "Vëllai im ka një biznes, \"Alfa\".",
    recused: true, filedAt: T(filedAt), filedBy: "u1", filedOnBehalf: false, supersedesId: null, inForce: true, ...extra,
  });
  const vote = Object.assign(new Vote(), {
    id: "v1", sessionId: "s1", agendaItemId: "i1", status: VoteStatus.CLOSED, majority: MajorityRule.SIMPLE, seats: 5,
    openedAt: T("2026-11-10T09:30:00.000Z"), closedAt: T("2026-11-10T09:35:00.000Z"), outcome: VoteOutcome.PASSED,
    tally: { for: 2, against: 0, abstain: 1, recused: 1, notVoted: 1 },
    ballots: [
      { councillor: ZANA, choice: BallotChoice.FOR, castAt: T("2026-11-10T09:31:00.000Z") },
      { councillor: ELONA, choice: BallotChoice.ABSTAIN, castAt: T("2026-11-10T09:31:00.000Z") },
      { councillor: ARBEN, choice: BallotChoice.FOR, castAt: T("2026-11-10T09:32:00.000Z") },
    ],
    removedBallots: [{ councillor: ERA, choice: BallotChoice.AGAINST, declarationId: "d2", removedAt: T("2026-11-10T09:33:00.000Z") }],
  });
  const item2 = Object.assign(new AgendaItem(), {
    id: "i2", sessionId: "s1", position: 2, title: "Të ndryshme", description: null, status: AgendaItemStatus.DEFERRED, declarations: [], votes: [], speakers: [],
  });
  const speaker = (id: string, who: Councillor, kind: SpeechKind, status: SpeakerStatus, requestedAt: string, startedAt: string | null, endedAt: string | null, allottedSeconds: number) =>
    Object.assign(new Speaker(), {
      id, sessionId: "s1", agendaItemId: "i1", councillorId: who.id, councillor: who, kind, status, requestedAt: T(requestedAt), requestedBy: "u1",
      startedAt: startedAt ? T(startedAt) : null, endedAt: endedAt ? T(endedAt) : null, allottedSeconds,
    });
  const item1 = Object.assign(new AgendaItem(), {
    id: "i1", sessionId: "s1", position: 1, title: "Projektvendim për paketën fiskale 2027", description: "Taksat vendore.",
    status: AgendaItemStatus.DECIDED,
    declarations: [
      declaration("d2", ERA, "2026-11-10T09:33:00.000Z", { supersedesId: "d1" }),
      declaration("d1", ERA, "2026-11-10T09:00:00.000Z", { recused: false, inForce: false, filedOnBehalf: true }),
    ],
    votes: [vote],
    // As the snapshot lists them (speakersInOrder): finished and withdrawn by the time they happened; here shuffled on purpose.
    speakers: [
      speaker("sp3", ZANA, SpeechKind.REPLY, SpeakerStatus.DONE, "2026-11-10T09:12:00.000Z", "2026-11-10T09:20:00.000Z", "2026-11-10T09:21:45.900Z", 120),
      speaker("sp1", ARBEN, SpeechKind.CONTRIBUTION, SpeakerStatus.DONE, "2026-11-10T09:05:00.000Z", "2026-11-10T09:10:00.000Z", "2026-11-10T09:15:12.400Z", 300),
      speaker("sp4", ELONA, SpeechKind.CONTRIBUTION, SpeakerStatus.WITHDRAWN, "2026-11-10T09:13:00.000Z", null, "2026-11-10T09:14:00.000Z", 300),
      speaker("sp2", ERA, SpeechKind.POINT_OF_ORDER, SpeakerStatus.DONE, "2026-11-10T09:16:00.000Z", "2026-11-10T09:16:30.000Z", "2026-11-10T09:17:20.000Z", 90),
    ],
  });
  const att = (who: Councillor, status: AttendanceStatus, changedAt: string | null) =>
    Object.assign(new Attendance(), { councillor: who, status, changedAt: changedAt ? T(changedAt) : null });
  return Object.assign(new CouncilSession(), {
    id: "s1", bodyId: "b1", title: "Mbledhja e Këshillit Bashkiak nr. 10", scheduledAt: T("2026-11-10T09:00:00.000Z"),
    announcedAt: T("2026-11-01T08:00:00.000Z"), status: SessionStatus.CLOSED, seats: 5, currentItemId: null,
    startedAt: T("2026-11-10T09:02:00.000Z"), closedAt: T("2026-11-10T12:10:00.000Z"), version: 9,
    detail: {
      body,
      agenda: [item2, item1], // out of order on purpose
      attendance: [
        att(ZANA, AttendanceStatus.PRESENT, "2026-11-10T09:01:00.000Z"),
        att(ERA, AttendanceStatus.PRESENT, "2026-11-10T09:01:00.000Z"),
        att(ARBEN, AttendanceStatus.PRESENT, "2026-11-10T09:01:00.000Z"),
        att(ELONA, AttendanceStatus.EXCUSED, "2026-11-10T09:01:00.000Z"),
        att(c("c5", "Besnik Leka", Gender.MALE, "PL"), AttendanceStatus.ABSENT, null),
      ],
      quorum: { seats: 5, present: 3, required: 3, reached: true },
      currentItem: null,
    },
  });
}

describe("minutesDeadline and minutesLate (Elbasan plan OS-2 point 3: within 48 hours)", () => {
  const closed = T("2026-11-10T12:00:00.000Z");
  const deadline = minutesDeadline(closed);
  it("is 48 hours after the session closed", () => {
    expect(deadline.toISOString()).toBe("2026-11-12T12:00:00.000Z");
  });
  it.each([
    ["published well in time", "2026-11-10T15:00:00.000Z", "2026-12-01T00:00:00.000Z", false],
    ["published at the deadline itself", "2026-11-12T12:00:00.000Z", "2026-12-01T00:00:00.000Z", false],
    ["published a second after", "2026-11-12T12:00:01.000Z", "2026-12-01T00:00:00.000Z", true],
    ["not published, deadline ahead", null, "2026-11-12T11:59:59.000Z", false],
    ["not published, deadline passed", null, "2026-11-12T12:00:01.000Z", true],
  ])("%s → late %s", (_what, publishedAt, now, late) => {
    expect(minutesLate(deadline, publishedAt ? T(publishedAt) : null, T(now))).toBe(late);
  });
});

describe("minutesDocument", () => {
  const publishedAt = T("2026-11-11T08:00:00.000Z");
  const doc = minutesDocument(closedSession(), publishedAt);

  it("names the format, the body, the session and the publication", () => {
    expect(doc.format).toBe(MINUTES_FORMAT);
    expect(doc.body).toEqual({ id: "b1", name: "Këshilli Bashkiak Elbasan", kind: "COUNCIL" });
    expect(doc.session).toEqual({
      id: "s1", title: "Mbledhja e Këshillit Bashkiak nr. 10", scheduledAt: "2026-11-10T09:00:00.000Z",
      startedAt: "2026-11-10T09:02:00.000Z", closedAt: "2026-11-10T12:10:00.000Z", seats: 5,
    });
    expect(doc.publishedAt).toBe("2026-11-11T08:00:00.000Z");
    expect(doc.deadline).toBe("2026-11-12T12:10:00.000Z");
    expect(doc.late).toBe(false);
    expect(minutesDocument(closedSession(), T("2026-11-13T08:00:00.000Z")).late).toBe(true);
  });

  it("lists every seated member by name in Albanian order, with counts and the quorum", () => {
    expect(doc.attendance.members.map((m) => m.name)).toEqual(["Arben Hoxha", "Besnik Leka", "Elona Kola", "Ëra Basha", "Zana Çela"]);
    expect(doc.attendance).toMatchObject({ present: 3, absent: 1, excused: 1, quorum: { seats: 5, present: 3, required: 3, reached: true } });
    expect(doc.attendance.members[1]).toEqual({ councillorId: "c5", name: "Besnik Leka", party: "PL", gender: "MALE", status: "ABSENT", changedAt: null });
  });

  it("keeps the agenda in order, with declarations by filing time and ballots by name", () => {
    expect(doc.agenda.map((i) => i.position)).toEqual([1, 2]);
    const [item] = doc.agenda;
    expect(item.declarations.map((d) => [d.id, d.inForce, d.supersedesId, d.filedOnBehalf, d.recused])).toEqual([
      ["d1", false, null, true, false],
      ["d2", true, "d1", false, true],
    ]);
    expect(item.declarations[1]).toMatchObject({ councillorName: "Ëra Basha", party: null, interestType: "FAMILY", filedAt: "2026-11-10T09:33:00.000Z" });
    const [vote] = item.votes;
    expect(vote).toMatchObject({
      id: "v1", majority: "SIMPLE", status: "CLOSED", seats: 5, outcome: "PASSED",
      openedAt: "2026-11-10T09:30:00.000Z", closedAt: "2026-11-10T09:35:00.000Z",
      tally: { for: 2, against: 0, abstain: 1, recused: 1, notVoted: 1 },
    });
    expect(vote.ballots).toEqual([
      { councillorId: "c2", councillorName: "Arben Hoxha", party: "PD", choice: "FOR" },
      { councillorId: "c4", councillorName: "Elona Kola", party: "PS", choice: "ABSTAIN" },
      { councillorId: "c1", councillorName: "Zana Çela", party: "PS", choice: "FOR" },
    ]);
    expect(vote.removedBallots).toEqual([
      { councillorId: "c3", councillorName: "Ëra Basha", party: null, choice: "AGAINST", declarationId: "d2", removedAt: "2026-11-10T09:33:00.000Z" },
    ]);
    expect(doc.agenda[1]).toEqual({ id: "i2", position: 2, title: "Të ndryshme", description: null, status: "DEFERRED", declarations: [], speakers: [], votes: [] });
  });

  it("lists the speeches of each item in the order they were made, with the kind, the whole seconds spoken and the limit; a withdrawn request is no speech", () => {
    expect(doc.agenda[0].speakers).toEqual([
      { id: "sp1", councillorId: "c2", councillorName: "Arben Hoxha", party: "PD", kind: "CONTRIBUTION",
        startedAt: "2026-11-10T09:10:00.000Z", endedAt: "2026-11-10T09:15:12.400Z", spokenSeconds: 312, allottedSeconds: 300 },
      { id: "sp2", councillorId: "c3", councillorName: "Ëra Basha", party: null, kind: "POINT_OF_ORDER",
        startedAt: "2026-11-10T09:16:30.000Z", endedAt: "2026-11-10T09:17:20.000Z", spokenSeconds: 50, allottedSeconds: 90 },
      { id: "sp3", councillorId: "c1", councillorName: "Zana Çela", party: "PS", kind: "REPLY",
        startedAt: "2026-11-10T09:20:00.000Z", endedAt: "2026-11-10T09:21:45.900Z", spokenSeconds: 105, allottedSeconds: 120 },
    ]);
  });

  it("is a pure function: the same snapshot and moment give the same text and hash", () => {
    const again = minutesDocument(closedSession(), publishedAt);
    expect(canonicalJson(again)).toBe(canonicalJson(doc));
    expect(sha256Hex(canonicalJson(again))).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses a session that is not closed", () => {
    const open = Object.assign(closedSession(), { status: SessionStatus.IN_PROGRESS, closedAt: null });
    expect(() => minutesDocument(open, publishedAt)).toThrow(/not closed/);
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every level and leaves out whitespace", () => {
    expect(canonicalJson({ b: 1, a: [{ z: null, y: "ë" }, true], "": "x" })).toBe('{"":"x","a":[{"y":"ë","z":null},true],"b":1}');
  });
  it("gives the same text whatever the key order of its input (as jsonb hands it back)", () => {
    const doc = minutesDocument(closedSession(), T("2026-11-11T08:00:00.000Z"));
    const shuffled = JSON.parse(JSON.stringify(doc, (_k, v) => (v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).reverse()) : v)));
    expect(canonicalJson(shuffled)).toBe(canonicalJson(doc));
  });
  it("escapes quotes and control characters as JSON does", () => {
    expect(canonicalJson({ t: "a\"b\n\u0001" })).toBe('{"t":"a\\"b\\n\\u0001"}');
  });
});
