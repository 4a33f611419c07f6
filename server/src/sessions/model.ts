import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from "typeorm";
import { Body } from "../council/body.js";
import { CommitteeOpinion } from "../committees/model.js";
import { Councillor } from "../council/councillor.js";
import { Declaration } from "./declaration.js";
import { Speaker } from "./speaker.js";
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
@Check("council_session_check", "((status = 'CLOSED'::text) = (closed_at IS NOT NULL))")
@Check("council_session_check1", "((status = 'SCHEDULED'::text) = (started_at IS NULL))")
@Check("council_session_seats_check", "((seats >= 1) AND (seats <= 200))")
@Check("council_session_status_check", "(status = ANY (ARRAY['SCHEDULED'::text, 'IN_PROGRESS'::text, 'SUSPENDED'::text, 'CLOSED'::text]))")
@Check("council_session_stream_url_check", "((stream_url IS NULL) OR ((stream_url ~~ 'https://%'::text) AND (length(stream_url) <= 500)))")
@Check("council_session_title_check", "((length(btrim(title)) >= 1) AND (length(btrim(title)) <= 300))")
@Index("council_session_scheduled_at", ["scheduledAt"])
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
  @Column({ type: "timestamptz", name: "announced_at", default: () => "now()" })
  announcedAt: Date;

  @Field(() => SessionStatus)
  @Column({ type: "text", default: SessionStatus.SCHEDULED })
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

  @Field(() => String, { nullable: true, description: "The live stream's https address, when the secretariat has set one." })
  @Column({ type: "text", name: "stream_url", nullable: true })
  streamUrl: string | null;

  @Field(() => Int, { description: "Goes up with every change; send it back as expectedVersion to refuse a change made on a stale view." })
  @Column({ type: "int", default: 1 })
  version: number;

  /** Filled by the snapshot loader; see sessions/snapshot.ts. */
  detail?: SessionDetail;
  // The foreign keys, declared for the schema check (entities.ts); never loaded: reads are SQL.
  @ManyToOne("Body") @JoinColumn({ name: "body_id", foreignKeyConstraintName: "council_session_body_id_fkey" }) private readonly bodyFk?: object;
  @ManyToOne("AgendaItem") @JoinColumn([
    { name: "id", referencedColumnName: "sessionId", foreignKeyConstraintName: "council_session_current_item_fk" },
    { name: "current_item_id", referencedColumnName: "id", foreignKeyConstraintName: "council_session_current_item_fk" },
  ]) private readonly currentItemFk?: object;
}

@ObjectType()
@Check("agenda_item_description_check", "((description IS NULL) OR (length(description) <= 5000))")
@Check("agenda_item_position_check", "(\"position\" > 0)")
@Unique("agenda_item_session_id_id_key", ["sessionId", "id"])
@Unique("agenda_item_session_id_position_key", ["sessionId", "position"])
@Check("agenda_item_status_check", "(status = ANY (ARRAY['PENDING'::text, 'UNDER_DISCUSSION'::text, 'VOTING'::text, 'DECIDED'::text, 'DEFERRED'::text, 'WITHDRAWN'::text]))")
@Check("agenda_item_title_check", "((length(btrim(title)) >= 1) AND (length(btrim(title)) <= 500))")
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
  @Column({ type: "text", default: AgendaItemStatus.PENDING })
  status: AgendaItemStatus;

  @Field(() => [Declaration], { description: "Every declaration filed on this item, oldest first." })
  declarations: Declaration[];

  @Field(() => [Vote])
  votes: Vote[];

  @Field(() => DateTimeScalar, { nullable: true, description: "When the draft decision was published for public comment (Elbasan plan OS-2)." })
  @Column({ type: "timestamptz", name: "draft_published_at", nullable: true })
  draftPublishedAt: Date | null;

  @Field(() => [Speaker], { description: "The speakers list: SPEAKING first, then WAITING in the order they will speak, then DONE/WITHDRAWN by time." })
  speakers: Speaker[];

  @Field(() => [InitiativeSummary], { description: "Councillors' initiatives decided on this item." })
  initiatives: InitiativeSummary[];

  @Field(() => [CommitteeOpinion], { description: "The committees' opinions [relacion / mendimi i komisionit] on this item, by committee name." })
  committeeOpinions: CommitteeOpinion[];

  /** When the item is (or was) voted: its first vote's opening, else the session's scheduled start. */
  voteMoment: Date;

  /** Kept by the database; not part of the API. */
  @Column({ type: "timestamptz", name: "created_at", default: () => "now()" })
  createdAt?: Date;
  // The foreign keys, declared for the schema check (entities.ts); never loaded: reads are SQL.
  @ManyToOne("CouncilSession") @JoinColumn({ name: "session_id", foreignKeyConstraintName: "agenda_item_session_id_fkey" }) private readonly sessionFk?: object;
}

@ObjectType()
@Check("vote_abstain_count_check", "(abstain_count >= 0)")
@Check("vote_against_count_check", "(against_count >= 0)")
@Check("vote_check", "(((status = 'OPEN'::text) AND (closed_at IS NULL) AND (outcome IS NULL) AND (for_count IS NULL)) OR ((status = 'CLOSED'::text) AND (closed_at IS NOT NULL) AND (outcome IS NOT NULL) AND (for_count IS NOT NULL) AND (against_count IS NOT NULL) AND (abstain_count IS NOT NULL) AND (recused_count IS NOT NULL) AND (not_voted_count IS NOT NULL) AND (((((for_count + against_count) + abstain_count) + recused_count) + not_voted_count) = seats)))")
@Check("vote_for_count_check", "(for_count >= 0)")
@Check("vote_majority_check", "(majority = ANY (ARRAY['SIMPLE'::text, 'ABSOLUTE'::text, 'TWO_THIRDS'::text]))")
@Check("vote_not_voted_count_check", "(not_voted_count >= 0)")
@Check("vote_outcome_check", "(outcome = ANY (ARRAY['PASSED'::text, 'FAILED'::text]))")
@Check("vote_recused_count_check", "(recused_count >= 0)")
@Check("vote_seats_check", "((seats >= 1) AND (seats <= 200))")
@Check("vote_status_check", "(status = ANY (ARRAY['OPEN'::text, 'CLOSED'::text]))")
@Index("vote_agenda_item", ["agendaItemId"])
@Index("vote_one_open_per_session", ["sessionId"], { unique: true, where: "(status = 'OPEN'::text)" })
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
  @Column({ type: "text", default: VoteStatus.OPEN })
  status: VoteStatus;

  @Field(() => MajorityRule)
  @Column({ type: "text" })
  majority: MajorityRule;

  @Column({ type: "int" })
  seats: number;

  @Field(() => DateTimeScalar)
  @Column({ type: "timestamptz", name: "opened_at", default: () => "clock_timestamp()" })
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
  // The foreign keys, declared for the schema check (entities.ts); never loaded: reads are SQL.
  @ManyToOne("AgendaItem") @JoinColumn([
    { name: "session_id", referencedColumnName: "sessionId", foreignKeyConstraintName: "vote_session_id_agenda_item_id_fkey" },
    { name: "agenda_item_id", referencedColumnName: "id", foreignKeyConstraintName: "vote_session_id_agenda_item_id_fkey" },
  ]) private readonly agendaItemFk?: object;
}

/** The latest attendance state of a councillor in a session (history in attendance_change). */
@Check("attendance_status_check", "(status = ANY (ARRAY['PRESENT'::text, 'ABSENT'::text, 'EXCUSED'::text]))")
@Entity({ name: "attendance" })
export class AttendanceRecord {
  @PrimaryColumn({ type: "uuid", name: "session_id" }) sessionId: string;
  @PrimaryColumn({ type: "uuid", name: "councillor_id" }) councillorId: string;
  @Column({ type: "text" }) status: AttendanceStatus;
  @Column({ type: "timestamptz", name: "changed_at", default: () => "clock_timestamp()" }) changedAt: Date;
  // The foreign keys, declared for the schema check (entities.ts); never loaded: reads are SQL.
  @ManyToOne("CouncilSession") @JoinColumn({ name: "session_id", foreignKeyConstraintName: "attendance_session_id_fkey" }) private readonly sessionFk?: object;
  @ManyToOne("Councillor") @JoinColumn({ name: "councillor_id", foreignKeyConstraintName: "attendance_councillor_id_fkey" }) private readonly councillorFk?: object;
}

@Check("attendance_change_status_check", "(status = ANY (ARRAY['PRESENT'::text, 'ABSENT'::text, 'EXCUSED'::text]))")
@Index("attendance_change_session", ["sessionId", "changedAt"])
@Entity({ name: "attendance_change" })
export class AttendanceChange {
  @PrimaryGeneratedColumn({ type: "bigint" }) id: string;
  @Column({ type: "uuid", name: "session_id" }) sessionId: string;
  @Column({ type: "uuid", name: "councillor_id" }) councillorId: string;
  @Column({ type: "text" }) status: AttendanceStatus;
  @Column({ type: "timestamptz", name: "changed_at", default: () => "clock_timestamp()" }) changedAt: Date;
  @Column({ type: "uuid", name: "recorded_by", nullable: true }) recordedBy: string | null;
  // The foreign keys, declared for the schema check (entities.ts); never loaded: reads are SQL.
  @ManyToOne("CouncilSession") @JoinColumn({ name: "session_id", foreignKeyConstraintName: "attendance_change_session_id_fkey" }) private readonly sessionFk?: object;
  @ManyToOne("Councillor") @JoinColumn({ name: "councillor_id", foreignKeyConstraintName: "attendance_change_councillor_id_fkey" }) private readonly councillorFk?: object;
  @ManyToOne("User") @JoinColumn({ name: "recorded_by", foreignKeyConstraintName: "attendance_change_recorded_by_fkey" }) private readonly recordedByFk?: object;
}

@Check("ballot_choice_check", "(choice = ANY (ARRAY['FOR'::text, 'AGAINST'::text, 'ABSTAIN'::text]))")
@Entity({ name: "ballot" })
export class BallotRecord {
  @PrimaryColumn({ type: "uuid", name: "vote_id" }) voteId: string;
  @PrimaryColumn({ type: "uuid", name: "councillor_id" }) councillorId: string;
  @Column({ type: "text" }) choice: BallotChoice;
  @Column({ type: "timestamptz", name: "cast_at", default: () => "clock_timestamp()" }) castAt: Date;
  @Column({ type: "uuid", name: "cast_by", nullable: true }) castBy: string | null;
  // The foreign keys, declared for the schema check (entities.ts); never loaded: reads are SQL.
  @ManyToOne("Vote") @JoinColumn({ name: "vote_id", foreignKeyConstraintName: "ballot_vote_id_fkey" }) private readonly voteFk?: object;
  @ManyToOne("Councillor") @JoinColumn({ name: "councillor_id", foreignKeyConstraintName: "ballot_councillor_id_fkey" }) private readonly councillorFk?: object;
  @ManyToOne("User") @JoinColumn({ name: "cast_by", foreignKeyConstraintName: "ballot_cast_by_fkey" }) private readonly castByFk?: object;
}

/** Everything a session shows, loaded at once with a fixed number of queries (sessions/snapshot.ts). */
export type SessionDetail = {
  body: Body;
  agenda: AgendaItem[];
  attendance: Attendance[];
  quorum: Quorum;
  currentItem: AgendaItem | null;
  currentSpeaker: Speaker | null;
};
