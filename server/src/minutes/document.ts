import { createHash } from "node:crypto";
import { AttendanceStatus, type CouncilSession } from "../sessions/model.js";
import { spokenSecondsAt } from "../sessions/rules.js";
import { SpeakerStatus } from "../sessions/speaker.js";

/**
 * The published minutes [procesverbal] of a closed session, as a plain JSON
 * document. It is fixed at publication: stored once (append-only), served as is,
 * and identified by the SHA-256 of its canonical JSON text (`canonicalJson`).
 * A reader who downloads it can recompute the hash and compare it with the one
 * the council shows. Format 2 adds each item's speakers; documents of format 1
 * (published before the floor) have none and stay as published.
 */
export const MINUTES_FORMAT = "kuvend-minutes/2";

/** Elbasan plan OS-2 point 3: minutes online within 48 hours of the session's end. */
export const MINUTES_DEADLINE_HOURS = 48;

export type MinutesAttendee = {
  councillorId: string; name: string; party: string | null; gender: string;
  status: string; changedAt: string | null;
};
export type MinutesDeclaration = {
  id: string; councillorId: string; councillorName: string; party: string | null;
  interestType: string; description: string; recused: boolean; filedAt: string;
  filedOnBehalf: boolean; inForce: boolean; supersedesId: string | null;
};
export type MinutesBallot = { councillorId: string; councillorName: string; party: string | null; choice: string };
export type MinutesRemovedBallot = MinutesBallot & { declarationId: string; removedAt: string };
export type MinutesVote = {
  id: string; majority: string; status: string; seats: number; openedAt: string; closedAt: string | null;
  outcome: string | null;
  tally: { for: number; against: number; abstain: number; recused: number; notVoted: number };
  ballots: MinutesBallot[];
  removedBallots: MinutesRemovedBallot[];
};
/** A speech made on an item [fjala]: who spoke, as what, when, for how long, and the limit they had. */
export type MinutesSpeech = {
  id: string; councillorId: string; councillorName: string; party: string | null;
  kind: string; startedAt: string; endedAt: string; spokenSeconds: number; allottedSeconds: number;
};
/** A committee's opinion [relacion] on the item (committee_opinion). */
export type MinutesCommitteeOpinion = {
  id: string; committeeId: string; committeeName: string; committeeSessionId: string | null; committeeItemId: string | null;
  opinion: string; text: string; recordedAt: string;
};
/** The consultation report of the item's draft (comments/): counts only, never a commenter's name or details. */
export type MinutesConsultationReport = {
  received: number; online: number; paper: number; pending: number; published: number; rejected: number;
  rejectedByReason: Record<string, number>; answered: number; byOutcome: Record<string, number>;
  byGender: { women: number; men: number; other: number; undisclosed: number };
  reportPublished: boolean; reportPublishedAt: string | null;
};
export type MinutesItem = {
  id: string; position: number; title: string; description: string | null; status: string;
  declarations: MinutesDeclaration[];
  /** DOMAIN.md, "The floor": who spoke on the item, in the order they spoke. Absent in format 1. */
  speakers: MinutesSpeech[];
  votes: MinutesVote[];
  /** The committees' opinions on the item, by committee name; present only when there is one (documents before committees have none). */
  committeeOpinions?: MinutesCommitteeOpinion[];
  /** The draft's consultation report; present only when the item had a draft published for comment with comments or a published report. */
  consultationReport?: MinutesConsultationReport;
};
export type MinutesDocument = {
  format: typeof MINUTES_FORMAT;
  body: { id: string; name: string; kind: string };
  session: { id: string; title: string; scheduledAt: string; startedAt: string | null; closedAt: string; seats: number };
  attendance: {
    present: number; absent: number; excused: number;
    quorum: { seats: number; present: number; required: number; reached: boolean };
    members: MinutesAttendee[];
  };
  agenda: MinutesItem[];
  publishedAt: string;
  deadline: string;
  late: boolean;
};

/** When the minutes of a session closed at `closedAt` are due. */
export function minutesDeadline(closedAt: Date): Date {
  return new Date(closedAt.getTime() + MINUTES_DEADLINE_HOURS * 3600_000);
}

/**
 * Late: published after the deadline, or not published and the deadline has
 * passed. Once published on time, the minutes are never late.
 */
export function minutesLate(deadline: Date, publishedAt: Date | null, now: Date): boolean {
  return (publishedAt ?? now).getTime() > deadline.getTime();
}

const collator = new Intl.Collator("sq");
const byName = <T>(name: (x: T) => string, id: (x: T) => string) => (a: T, b: T) =>
  collator.compare(name(a), name(b)) || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);
const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/**
 * The minutes document of a closed session, from its snapshot (sessions/snapshot.ts),
 * as published at `publishedAt`. A pure function: the same snapshot and moment
 * give the same document, and so the same SHA-256.
 */
export function minutesDocument(
  session: CouncilSession, publishedAt: Date, consultations: ReadonlyMap<string, MinutesConsultationReport> = new Map(),
): MinutesDocument {
  const detail = session.detail;
  if (!detail) throw new Error("minutesDocument needs a loaded session snapshot");
  if (!session.closedAt) throw new Error(`minutesDocument: session ${session.id} is not closed`);
  const deadline = minutesDeadline(session.closedAt);

  const members: MinutesAttendee[] = [...detail.attendance]
    .sort(byName((a) => a.councillor.fullName, (a) => a.councillor.id))
    .map((a) => ({
      councillorId: a.councillor.id, name: a.councillor.fullName, party: a.councillor.party ?? null,
      gender: a.councillor.gender, status: a.status, changedAt: isoOrNull(a.changedAt),
    }));
  const count = (s: AttendanceStatus) => members.filter((m) => m.status === s).length;

  const agenda: MinutesItem[] = [...detail.agenda]
    .sort((a, b) => a.position - b.position)
    .map((item) => ({
      id: item.id,
      position: item.position,
      title: item.title,
      description: item.description ?? null,
      status: item.status,
      declarations: [...item.declarations]
        .sort((a, b) => a.filedAt.getTime() - b.filedAt.getTime() || (a.id < b.id ? -1 : 1))
        .map((d) => ({
          id: d.id, councillorId: d.councillorId, councillorName: d.councillor.fullName, party: d.councillor.party ?? null,
          interestType: d.interestType, description: d.description, recused: d.recused, filedAt: iso(d.filedAt),
          filedOnBehalf: d.filedOnBehalf, inForce: d.inForce, supersedesId: d.supersedesId ?? null,
        })),
      // Speeches only: a withdrawn request (or one that lapsed at the close) was never a speech.
      speakers: item.speakers
        .filter((sp): sp is typeof sp & { startedAt: Date; endedAt: Date } => sp.status === SpeakerStatus.DONE && sp.startedAt !== null && sp.endedAt !== null)
        .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime() || (a.id < b.id ? -1 : 1))
        .map((sp) => ({
          id: sp.id, councillorId: sp.councillorId, councillorName: sp.councillor.fullName, party: sp.councillor.party ?? null,
          kind: sp.kind, startedAt: iso(sp.startedAt), endedAt: iso(sp.endedAt),
          spokenSeconds: spokenSecondsAt(sp, sp.endedAt), allottedSeconds: sp.allottedSeconds,
        })),
      votes: [...item.votes]
        .sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime() || (a.id < b.id ? -1 : 1))
        .map((v) => ({
          id: v.id, majority: v.majority, status: v.status, seats: v.seats,
          openedAt: iso(v.openedAt), closedAt: isoOrNull(v.closedAt), outcome: v.outcome ?? null,
          tally: { for: v.tally.for, against: v.tally.against, abstain: v.tally.abstain, recused: v.tally.recused, notVoted: v.tally.notVoted },
          ballots: [...v.ballots]
            .sort(byName((b) => b.councillor.fullName, (b) => b.councillor.id))
            .map((b) => ({ councillorId: b.councillor.id, councillorName: b.councillor.fullName, party: b.councillor.party ?? null, choice: b.choice })),
          removedBallots: [...v.removedBallots]
            .sort((a, b) => a.removedAt.getTime() - b.removedAt.getTime() || collator.compare(a.councillor.fullName, b.councillor.fullName))
            .map((r) => ({
              councillorId: r.councillor.id, councillorName: r.councillor.fullName, party: r.councillor.party ?? null,
              choice: r.choice, declarationId: r.declarationId, removedAt: iso(r.removedAt),
            })),
        })),
      ...((item.committeeOpinions ?? []).length > 0 ? {
        committeeOpinions: [...item.committeeOpinions]
          .sort((a, b) => collator.compare(a.committeeName, b.committeeName) || (a.id < b.id ? -1 : 1))
          .map((o) => ({
            id: o.id, committeeId: o.committeeId, committeeName: o.committeeName, committeeSessionId: o.committeeSessionId,
            committeeItemId: o.committeeItemId, opinion: o.opinion, text: o.text, recordedAt: iso(o.recordedAt),
          })),
      } : {}),
      ...(consultations.has(item.id) ? { consultationReport: consultations.get(item.id) } : {}),
    }));

  return {
    format: MINUTES_FORMAT,
    body: { id: detail.body.id, name: detail.body.name, kind: detail.body.kind },
    session: {
      id: session.id, title: session.title, scheduledAt: iso(session.scheduledAt), startedAt: isoOrNull(session.startedAt),
      closedAt: iso(session.closedAt), seats: session.seats,
    },
    attendance: {
      present: count(AttendanceStatus.PRESENT),
      absent: count(AttendanceStatus.ABSENT),
      excused: count(AttendanceStatus.EXCUSED),
      quorum: { seats: detail.quorum.seats, present: detail.quorum.present, required: detail.quorum.required, reached: detail.quorum.reached },
      members,
    },
    agenda,
    publishedAt: iso(publishedAt),
    deadline: iso(deadline),
    late: minutesLate(deadline, publishedAt, publishedAt),
  };
}

/**
 * The canonical text of a JSON value: object keys sorted (by UTF-16 code units),
 * no whitespace; the RFC 8785 (JCS) form for documents whose numbers are integers,
 * as ours are. The database keeps the document as jsonb, which does not keep key
 * order or spacing; this form comes out the same from the value before and after
 * storage, so the served text always hashes to the stored SHA-256.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) throw new Error("canonicalJson: non-finite number");
    if (value === undefined) throw new Error("canonicalJson: undefined has no JSON form");
    return JSON.stringify(value);
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
