import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { Body } from "../council/body.js";
import { Councillor } from "../council/councillor.js";
import { Declaration } from "./declaration.js";
import { InitiativeSummary } from "../initiatives/model.js";
import { DateTimeScalar } from "../platform/scalars.js";

export enum SessionStatus {
  SCHEDULED = "SCHEDULED",
  IN_PROGRESS = "IN_PROGRESS",
  SUSPENDED = "SUSPENDED",
  CLOSED = "CLOSED",
}
export enum AgendaItemStatus {
  PENDING = "PENDING",
  UNDER_DISCUSSION = "UNDER_DISCUSSION",
  VOTING = "VOTING",
  DECIDED = "DECIDED",
  DEFERRED = "DEFERRED",
  WITHDRAWN = "WITHDRAWN",
}
export enum AttendanceStatus {
  PRESENT = "PRESENT",
  ABSENT = "ABSENT",
  EXCUSED = "EXCUSED",
}
export enum MajorityRule {
  SIMPLE = "SIMPLE",
  ABSOLUTE = "ABSOLUTE",
  TWO_THIRDS = "TWO_THIRDS",
}
export enum VoteStatus {
  OPEN = "OPEN",
  CLOSED = "CLOSED",
}
export enum VoteOutcome {
  PASSED = "PASSED",
  FAILED = "FAILED",
}
export enum BallotChoice {
  FOR = "FOR",
  AGAINST = "AGAINST",
  ABSTAIN = "ABSTAIN",
}
registerEnumType(SessionStatus, { name: "SessionStatus" });
registerEnumType(AgendaItemStatus, { name: "AgendaItemStatus" });
registerEnumType(AttendanceStatus, { name: "AttendanceStatus" });
registerEnumType(MajorityRule, { name: "MajorityRule" });
registerEnumType(VoteStatus, { name: "VoteStatus" });
registerEnumType(VoteOutcome, { name: "VoteOutcome" });
registerEnumType(BallotChoice, { name: "BallotChoice" });

@ObjectType({ description: "Quorum: more than half of all seated members present (present > seats / 2)." })
export class Quorum {
  @Field(() => Int) seats: number;
  @Field(() => Int) present: number;
  @Field(() => Int) required: number;
  @Field(() => Boolean) reached: boolean;
}

@ObjectType({ description: "for + against + abstain + recused + notVoted = seats of the body." })
export class Tally {
  @Field(() => Int) for: number;
  @Field(() => Int) against: number;
  @Field(() => Int) abstain: number;
  @Field(() => Int, { description: "Councillors recused from this item by a declaration of interest." })
  recused: number;
  @Field(() => Int, { description: "Seats with no ballot and no recusal: absent, vacant, or present and silent." })
  notVoted: number;
}

@ObjectType()
export class Ballot {
  @Field(() => Councillor) councillor: Councillor;
  @Field(() => BallotChoice) choice: BallotChoice;
  @Field(() => DateTimeScalar) castAt: Date;
}

@ObjectType({ description: "A ballot taken out of an open vote by a recusal filed while the vote was open." })
export class BallotRemoval {
  @Field(() => Councillor) councillor: Councillor;
  @Field(() => BallotChoice, { description: "The choice the removed ballot had." }) choice: BallotChoice;
  @Field(() => ID) declarationId: string;
  @Field(() => DateTimeScalar) removedAt: Date;
}

@ObjectType()
export class Attendance {
  @Field(() => Councillor) councillor: Councillor;
  @Field(() => AttendanceStatus) status: AttendanceStatus;
  @Field(() => DateTimeScalar, { nullable: true, description: "When the status last changed; null if never recorded." })
  changedAt: Date | null;
}

/** A council session [mbledhje / seancë]. agenda, attendance, quorum and currentItem come from its snapshot. */
@ObjectType()
@Entity({ name: "council_session" })
export class CouncilSession {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "body_id" })
  bodyId: string;

  @Field(() => String)
  @Column({ type: "text" })
  title: string;

  @Field(() => DateTimeScalar)
  @Column({ type: "timestamptz", name: "scheduled_at" })
  scheduledAt: Date;

  @Field(() => DateTimeScalar, { description: "When the session was announced (created)." })
  @Column({ type: "timestamptz", name: "announced_at" })
  announcedAt: Date;

  @Field(() => SessionStatus)
  @Column({ type: "text" })
  status: SessionStatus;

  @Field(() => Int)
  @Column({ type: "int" })
  seats: number;

  @Column({ type: "uuid", name: "current_item_id", nullable: true })
  currentItemId: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: "timestamptz", name: "started_at", nullable: true })
  startedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: "timestamptz", name: "closed_at", nullable: true })
  closedAt: Date | null;

  @Field(() => Int, { description: "Goes up with every change; send it back as expectedVersion to refuse a change made on a stale view." })
  @Column({ type: "int" })
  version: number;

  /** Filled by the snapshot loader; see sessions/snapshot.ts. */
  detail?: SessionDetail;
}

@ObjectType()
@Entity({ name: "agenda_item" })
export class AgendaItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "session_id" })
  sessionId: string;

  @Field(() => Int)
  @Column({ type: "int" })
  position: number;

  @Field(() => String)
  @Column({ type: "text" })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => AgendaItemStatus)
  @Column({ type: "text" })
  status: AgendaItemStatus;

  @Field(() => [Declaration], { description: "Every declaration filed on this item, oldest first." })
  declarations: Declaration[];

  @Field(() => [Vote])
  votes: Vote[];

  @Field(() => DateTimeScalar, { nullable: true, description: "When the draft decision was published for public comment (Elbasan plan OS-2)." })
  @Column({ type: "timestamptz", name: "draft_published_at", nullable: true })
  draftPublishedAt: Date | null;

  @Field(() => [InitiativeSummary], { description: "Councillors' initiatives decided on this item." })
  initiatives: InitiativeSummary[];

  /** When the item is (or was) voted: its first vote's opening, else the session's scheduled start. */
  voteMoment: Date;
}

@ObjectType()
@Entity({ name: "vote" })
export class Vote {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "session_id" })
  sessionId: string;

  @Field(() => ID)
  @Column({ type: "uuid", name: "agenda_item_id" })
  agendaItemId: string;

  @Field(() => VoteStatus)
  @Column({ type: "text" })
  status: VoteStatus;

  @Field(() => MajorityRule)
  @Column({ type: "text" })
  majority: MajorityRule;

  @Column({ type: "int" })
  seats: number;

  @Field(() => DateTimeScalar)
  @Column({ type: "timestamptz", name: "opened_at" })
  openedAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: "timestamptz", name: "closed_at", nullable: true })
  closedAt: Date | null;

  @Field(() => VoteOutcome, { nullable: true, description: "null while the vote is open" })
  @Column({ type: "text", nullable: true })
  outcome: VoteOutcome | null;

  @Column({ type: "int", name: "for_count", nullable: true }) forCount: number | null;
  @Column({ type: "int", name: "against_count", nullable: true }) againstCount: number | null;
  @Column({ type: "int", name: "abstain_count", nullable: true }) abstainCount: number | null;
  @Column({ type: "int", name: "recused_count", nullable: true }) recusedCount: number | null;
  @Column({ type: "int", name: "not_voted_count", nullable: true }) notVotedCount: number | null;

  @Field(() => Tally, { description: "Live while open; fixed when the vote closes." })
  tally: Tally;

  @Field(() => [Ballot], { description: "Named ballots: the public sees who voted how." })
  ballots: Ballot[];

  @Field(() => [BallotRemoval], { description: "Ballots removed because their councillor recused themself during the vote." })
  removedBallots: BallotRemoval[];
}

/** The latest attendance state of a councillor in a session (history in attendance_change). */
@Entity({ name: "attendance" })
export class AttendanceRecord {
  @PrimaryColumn({ type: "uuid", name: "session_id" }) sessionId: string;
  @PrimaryColumn({ type: "uuid", name: "councillor_id" }) councillorId: string;
  @Column({ type: "text" }) status: AttendanceStatus;
  @Column({ type: "timestamptz", name: "changed_at" }) changedAt: Date;
}

@Entity({ name: "attendance_change" })
export class AttendanceChange {
  @PrimaryGeneratedColumn({ type: "bigint" }) id: string;
  @Column({ type: "uuid", name: "session_id" }) sessionId: string;
  @Column({ type: "uuid", name: "councillor_id" }) councillorId: string;
  @Column({ type: "text" }) status: AttendanceStatus;
  @Column({ type: "timestamptz", name: "changed_at" }) changedAt: Date;
  @Column({ type: "uuid", name: "recorded_by", nullable: true }) recordedBy: string | null;
}

@Entity({ name: "ballot" })
export class BallotRecord {
  @PrimaryColumn({ type: "uuid", name: "vote_id" }) voteId: string;
  @PrimaryColumn({ type: "uuid", name: "councillor_id" }) councillorId: string;
  @Column({ type: "text" }) choice: BallotChoice;
  @Column({ type: "timestamptz", name: "cast_at" }) castAt: Date;
  @Column({ type: "uuid", name: "cast_by", nullable: true }) castBy: string | null;
}

/** Everything a session shows, loaded at once with a fixed number of queries (sessions/snapshot.ts). */
export type SessionDetail = {
  body: Body;
  agenda: AgendaItem[];
  attendance: Attendance[];
  quorum: Quorum;
  currentItem: AgendaItem | null;
};
