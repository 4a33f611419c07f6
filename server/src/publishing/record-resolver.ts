import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { Councillor } from "../council/councillor.js";
import { readOnlySnapshot } from "../platform/db/transaction.js";
import { badInput, isWellFormedId, notFound } from "../platform/errors.js";
import { DateTimeScalar } from "../platform/scalars.js";
import { AttendanceStatus, BallotChoice, MajorityRule, VoteOutcome } from "../sessions/model.js";
import { InterestType } from "../sessions/declaration.js";
import { InitiativeKind, InitiativeStatus } from "../initiatives/model.js";
import { attendanceRatePct } from "../sessions/rules.js";
import {
  type AttendanceEntry, attendanceEntries, declarationsOf, initiativesOf, type Period, sessionLines, sessionsHeld, votesOf,
} from "./councillor-record.js";

@ObjectType({ description: "A number in the record and the sessions it comes from (each links to /seanca/:id)." })
export class RecordFigure {
  @Field(() => Int) count: number;
  @Field(() => [ID]) sessionIds: string[];
}

@ObjectType({ description: "One session the councillor sat in: the final roll status and what the attendance history shows." })
export class RecordSession {
  @Field(() => ID) sessionId: string;
  @Field(() => String) title: string;
  @Field(() => DateTimeScalar) scheduledAt: Date;
  @Field(() => AttendanceStatus, { nullable: true, description: "The last status recorded; null when never recorded (absent)." }) finalStatus: AttendanceStatus | null;
  @Field(() => Boolean, { description: "PRESENT at some moment of the session." }) present: boolean;
  @Field(() => Boolean) excused: boolean;
  @Field(() => DateTimeScalar, { nullable: true }) arrivedAt: Date | null;
  @Field(() => Boolean, { description: "Arrived more than 15 minutes after the start." }) late: boolean;
  @Field(() => DateTimeScalar, { nullable: true }) leftAt: Date | null;
  @Field(() => Boolean, { description: "Left more than 15 minutes before the close and did not come back." }) leftEarly: boolean;
}

@ObjectType({ description: "A closed vote of a session the councillor sat in, with their ballot." })
export class RecordVote {
  @Field(() => ID) voteId: string;
  @Field(() => ID) sessionId: string;
  @Field(() => String) sessionTitle: string;
  @Field(() => DateTimeScalar) scheduledAt: Date;
  @Field(() => ID) agendaItemId: string;
  @Field(() => Int) agendaItemPosition: number;
  @Field(() => String) agendaItemTitle: string;
  @Field(() => MajorityRule) majority: MajorityRule;
  @Field(() => VoteOutcome) outcome: VoteOutcome;
  @Field(() => Int) for: number;
  @Field(() => Int) against: number;
  @Field(() => Int) abstain: number;
  @Field(() => BallotChoice, { nullable: true, description: "The councillor's ballot; null when recused or missed." }) choice: BallotChoice | null;
  @Field(() => Boolean) recused: boolean;
  @Field(() => Boolean, { description: "Seated, not recused, and cast no ballot." }) missed: boolean;
  @Field(() => Boolean, { description: "Present at the session at some moment (a missed vote while present is a choice not to vote)." }) presentAtSession: boolean;
}

@ObjectType({ description: "A declaration of interest [deklaratë ad hoc e interesit] the councillor filed." })
export class RecordDeclaration {
  @Field(() => ID) id: string;
  @Field(() => ID) sessionId: string;
  @Field(() => String) sessionTitle: string;
  @Field(() => String) bodyName: string;
  @Field(() => DateTimeScalar) scheduledAt: Date;
  @Field(() => ID) agendaItemId: string;
  @Field(() => Int) agendaItemPosition: number;
  @Field(() => String) agendaItemTitle: string;
  @Field(() => InterestType) interestType: InterestType;
  @Field(() => String) description: string;
  @Field(() => Boolean) recused: boolean;
  @Field(() => DateTimeScalar) filedAt: Date;
  @Field(() => Boolean) filedOnBehalf: boolean;
  @Field(() => Boolean, { description: "False once a later declaration on the same item superseded it." }) inForce: boolean;
}

@ObjectType()
export class RecordInitiative {
  @Field(() => ID) id: string;
  @Field(() => String) title: string;
  @Field(() => InitiativeKind) kind: InitiativeKind;
  @Field(() => InitiativeStatus) status: InitiativeStatus;
  @Field(() => DateTimeScalar) submittedAt: Date;
  @Field(() => ID, { nullable: true, description: "The session whose agenda item decided it, when linked." }) sessionId: string | null;
}

@ObjectType({ description: "A councillor's record over a period: attendance, votes, declarations, initiatives; every figure with its sessions." })
export class CouncillorRecord {
  @Field(() => Councillor) councillor: Councillor;
  @Field(() => DateTimeScalar, { nullable: true, description: "Start of the period (included); null = from the beginning." }) from: Date | null;
  @Field(() => DateTimeScalar, { description: "End of the period (excluded); now when not given." }) to: Date;
  @Field(() => RecordFigure, { description: "Council sessions held in the period, whoever sat." }) sessionsHeld: RecordFigure;
  @Field(() => RecordFigure, { description: "Sessions held while the councillor was seated (term or recorded attendance)." }) sessionsSeated: RecordFigure;
  @Field(() => RecordFigure) present: RecordFigure;
  @Field(() => RecordFigure) excused: RecordFigure;
  @Field(() => RecordFigure, { description: "Seated, never present, not excused." }) absent: RecordFigure;
  @Field(() => Float, { nullable: true, description: "present / seated in per cent (one decimal); null with no seated session." }) attendanceRatePct: number | null;
  @Field(() => RecordFigure) lateArrivals: RecordFigure;
  @Field(() => RecordFigure) earlyDepartures: RecordFigure;
  @Field(() => RecordFigure, { description: "Named ballots cast in closed votes." }) ballotsCast: RecordFigure;
  @Field(() => RecordFigure, { description: "Closed votes while seated with no ballot and no recusal." }) votesMissed: RecordFigure;
  @Field(() => RecordFigure) votesRecused: RecordFigure;
  @Field(() => RecordFigure) declarationsFiled: RecordFigure;
  @Field(() => RecordFigure, { description: "Initiatives led; sessionIds are those of the linked items." }) initiativesLed: RecordFigure;
  @Field(() => RecordFigure) initiativesCoSponsored: RecordFigure;
  @Field(() => [RecordSession]) sessions: RecordSession[];
  @Field(() => [RecordVote]) votes: RecordVote[];
  @Field(() => [RecordDeclaration]) declarations: RecordDeclaration[];
  @Field(() => [RecordInitiative]) initiatives: RecordInitiative[];
  @Field(() => [RecordInitiative]) coSponsoredInitiatives: RecordInitiative[];
}

@ObjectType({ description: "One session in the register of attendance." })
export class SessionAttendance {
  @Field(() => ID) sessionId: string;
  @Field(() => String) title: string;
  @Field(() => DateTimeScalar) scheduledAt: Date;
  @Field(() => Int) seated: number;
  @Field(() => Int) present: number;
  @Field(() => Int) excused: number;
  @Field(() => Int) absent: number;
  @Field(() => Int) late: number;
  @Field(() => Int) leftEarly: number;
  @Field(() => Int, { description: "Present on the final roll." }) presentAtEnd: number;
  @Field(() => Int, { description: "Members needed for quorum (quorumOf)." }) quorumRequired: number;
  @Field(() => Boolean) quorumReached: boolean;
}

@ObjectType({ description: "One councillor in the register of attendance." })
export class CouncillorAttendance {
  @Field(() => Councillor) councillor: Councillor;
  @Field(() => Int) seated: number;
  @Field(() => Int) present: number;
  @Field(() => Int) excused: number;
  @Field(() => Int) absent: number;
  @Field(() => Int) late: number;
  @Field(() => Int) leftEarly: number;
  @Field(() => Float, { nullable: true }) attendanceRatePct: number | null;
}

@ObjectType({ description: "The register of attendance [regjistri i pjesëmarrjes] over a period, per session and per councillor." })
export class AttendanceRegister {
  @Field(() => DateTimeScalar, { nullable: true }) from: Date | null;
  @Field(() => DateTimeScalar) to: Date;
  @Field(() => [SessionAttendance]) sessions: SessionAttendance[];
  @Field(() => [CouncillorAttendance]) councillors: CouncillorAttendance[];
}

const figure = (sessionIds: (string | null)[]): RecordFigure => {
  const ids = sessionIds.filter((s): s is string => s !== null);
  return { count: sessionIds.length, sessionIds: [...new Set(ids)] };
};

function periodOf(from: Date | null | undefined, to: Date | null | undefined): Period {
  const period = { from: from ?? null, to: to ?? new Date() };
  if (period.from && period.from.getTime() >= period.to.getTime()) throw badInput("from must be before to.", { from: "must be before to" });
  return period;
}

const collator = new Intl.Collator("sq");

@Resolver()
export class CouncillorRecordResolver {
  @Query(() => CouncillorRecord, { description: "A councillor's public record over [from, to): attendance, named ballots, votes missed, declarations, initiatives." })
  async councillorRecord(
    @Arg("councillorId", () => ID) councillorId: string,
    @Arg("from", () => DateTimeScalar, { nullable: true }) from: Date | null,
    @Arg("to", () => DateTimeScalar, { nullable: true }) to: Date | null,
    @Ctx() ctx: Context,
  ): Promise<CouncillorRecord> {
    const period = periodOf(from, to);
    const councillor = isWellFormedId(councillorId) ? await ctx.loaders.councillor.load(councillorId) : null;
    if (!councillor) throw notFound("councillor", councillorId);
    return readOnlySnapshot(ctx.services.ds, async (m) => {
      const held = await sessionsHeld(m, period);
      const entries = await attendanceEntries(m, period, councillorId);
      const seatedIds = entries.map((e) => e.sessionId);
      const presentIn = new Set(entries.filter((e) => e.present).map((e) => e.sessionId));
      const voteRows = await votesOf(m, councillorId, seatedIds);
      const declarationRows = await declarationsOf(m, councillorId, period);
      const initiativeRows = await initiativesOf(m, councillorId, period);
      const votes: RecordVote[] = voteRows.map((v) => ({
        voteId: v.vote_id, sessionId: v.session_id, sessionTitle: v.session_title, scheduledAt: v.scheduled_at, agendaItemId: v.agenda_item_id,
        agendaItemPosition: v.position, agendaItemTitle: v.item_title, majority: v.majority, outcome: v.outcome,
        for: v.for_count, against: v.against_count, abstain: v.abstain_count,
        choice: v.choice, recused: v.recused, missed: v.choice === null && !v.recused, presentAtSession: presentIn.has(v.session_id),
      }));
      const initiative = (r: (typeof initiativeRows)[number]): RecordInitiative =>
        ({ id: r.id, title: r.title, kind: r.kind, status: r.status, submittedAt: r.submitted_at, sessionId: r.session_id });
      const led = initiativeRows.filter((r) => r.led);
      const co = initiativeRows.filter((r) => !r.led);
      const present = entries.filter((e) => e.present);
      return {
        councillor, from: period.from, to: period.to,
        sessionsHeld: figure(held.map((s) => s.id)),
        sessionsSeated: figure(seatedIds),
        present: figure(present.map((e) => e.sessionId)),
        excused: figure(entries.filter((e) => e.excused).map((e) => e.sessionId)),
        absent: figure(entries.filter((e) => !e.present && !e.excused).map((e) => e.sessionId)),
        attendanceRatePct: attendanceRatePct(present.length, entries.length),
        lateArrivals: figure(entries.filter((e) => e.late).map((e) => e.sessionId)),
        earlyDepartures: figure(entries.filter((e) => e.leftEarly).map((e) => e.sessionId)),
        ballotsCast: figure(votes.filter((v) => v.choice !== null).map((v) => v.sessionId)),
        votesMissed: figure(votes.filter((v) => v.missed).map((v) => v.sessionId)),
        votesRecused: figure(votes.filter((v) => v.recused).map((v) => v.sessionId)),
        declarationsFiled: figure(declarationRows.map((d) => d.session_id)),
        initiativesLed: figure(led.map((r) => r.session_id)),
        initiativesCoSponsored: figure(co.map((r) => r.session_id)),
        sessions: entries.map(recordSession),
        votes,
        declarations: declarationRows.map((d) => ({
          id: d.id, sessionId: d.session_id, sessionTitle: d.session_title, bodyName: d.body_name, scheduledAt: d.scheduled_at,
          agendaItemId: d.agenda_item_id, agendaItemPosition: d.position, agendaItemTitle: d.item_title, interestType: d.interest_type,
          description: d.description, recused: d.recused, filedAt: d.filed_at, filedOnBehalf: d.filed_on_behalf, inForce: d.in_force,
        })),
        initiatives: led.map(initiative),
        coSponsoredInitiatives: co.map(initiative),
      };
    });
  }

  @Query(() => AttendanceRegister, { description: "The register of attendance [regjistri i pjesëmarrjes] of the council's sessions held in [from, to), per session and per councillor." })
  async attendanceRegister(
    @Arg("from", () => DateTimeScalar, { nullable: true }) from: Date | null,
    @Arg("to", () => DateTimeScalar, { nullable: true }) to: Date | null,
    @Ctx() ctx: Context,
  ): Promise<AttendanceRegister> {
    const period = periodOf(from, to);
    const entries = await readOnlySnapshot(ctx.services.ds, (m) => attendanceEntries(m, period));
    const sessions = sessionLines(entries).map((l) => ({
      sessionId: l.sessionId, title: l.sessionTitle, scheduledAt: l.scheduledAt, seated: l.seated, present: l.present, excused: l.excused,
      absent: l.absent, late: l.late, leftEarly: l.leftEarly, presentAtEnd: l.quorum.present, quorumRequired: l.quorum.required, quorumReached: l.quorum.reached,
    }));
    const byCouncillor = new Map<string, AttendanceEntry[]>();
    for (const e of entries) byCouncillor.set(e.councillorId, [...(byCouncillor.get(e.councillorId) ?? []), e]);
    const found = await Promise.all([...byCouncillor.keys()].map((id) => ctx.loaders.councillor.load(id)));
    const councillors = [...byCouncillor.entries()].map(([, list], k) => {
      const present = list.filter((e) => e.present).length;
      const excused = list.filter((e) => e.excused).length;
      return {
        councillor: found[k] as Councillor, seated: list.length, present, excused, absent: list.length - present - excused,
        late: list.filter((e) => e.late).length, leftEarly: list.filter((e) => e.leftEarly).length,
        attendanceRatePct: attendanceRatePct(present, list.length),
      };
    }).sort((a, b) => collator.compare(a.councillor.fullName, b.councillor.fullName));
    return { from: period.from, to: period.to, sessions, councillors };
  }
}

function recordSession(e: AttendanceEntry): RecordSession {
  return {
    sessionId: e.sessionId, title: e.sessionTitle, scheduledAt: e.scheduledAt, finalStatus: e.finalStatus, present: e.present,
    excused: e.excused, arrivedAt: e.arrivedAt, late: e.late, leftAt: e.leftAt, leftEarly: e.leftEarly,
  };
}
