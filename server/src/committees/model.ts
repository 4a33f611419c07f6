import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { Councillor } from "../council/councillor.js";
import { DateTimeScalar } from "../platform/scalars.js";

export enum CommitteeRole {
  CHAIR = "CHAIR",
  MEMBER = "MEMBER",
}
registerEnumType(CommitteeRole, { name: "CommitteeRole", description: "A member's role on a committee: chair [kryetar] or member [anëtar]." });

export enum CommitteeOpinionKind {
  FAVOURABLE = "FAVOURABLE",
  UNFAVOURABLE = "UNFAVOURABLE",
  WITH_AMENDMENTS = "WITH_AMENDMENTS",
}
registerEnumType(CommitteeOpinionKind, {
  name: "CommitteeOpinionKind",
  description: "A committee's opinion on an item sent to the council: favourable [pro], unfavourable [kundër], with amendments [me ndryshime].",
});

/**
 * A councillor's seat on a committee [anëtarësia në komision], from `joinedOn` to `leftOn` (Tirana calendar
 * dates, both included; `leftOn` null while current). Table committee_membership: no two memberships of one
 * councillor in one committee overlap, and a committee has at most one chair on any day (exclusion constraints).
 */
@ObjectType({ description: "A councillor's membership of a committee, with its role and dates (YYYY-MM-DD, both included)." })
@Check("committee_membership_role_check", "(role = ANY (ARRAY['CHAIR'::text, 'MEMBER'::text]))")
@Check("committee_membership_dates_check", "((left_on IS NULL) OR (left_on >= joined_on))")
@Exclusion("committee_membership_no_overlap", "USING gist (body_id WITH =, councillor_id WITH =, daterange(joined_on, left_on, '[]'::text) WITH &&)")
@Exclusion("committee_membership_one_chair", "USING gist (body_id WITH =, daterange(joined_on, left_on, '[]'::text) WITH &&) WHERE (role = 'CHAIR'::text)")
@Index("committee_membership_current", ["bodyId", "councillorId"], { unique: true, where: "(left_on IS NULL)" })
@Index("committee_membership_councillor", ["councillorId"])
@Entity({ name: "committee_membership" })
export class CommitteeMembership {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID, { description: "The committee (a body of kind COMMITTEE)." })
  @Column({ type: "uuid", name: "body_id" })
  bodyId: string;

  @Column({ type: "uuid", name: "councillor_id" })
  councillorId: string;

  @Field(() => Councillor)
  councillor: Councillor;

  @Field(() => CommitteeRole)
  @Column({ type: "text", default: CommitteeRole.MEMBER })
  role: CommitteeRole;

  @Field(() => String, { description: "The first day of the membership (YYYY-MM-DD, Tirana)." })
  @Column({ type: "date", name: "joined_on" })
  joinedOn: string;

  @Field(() => String, { nullable: true, description: "The last day of the membership (YYYY-MM-DD, Tirana); null while current." })
  @Column({ type: "date", name: "left_on", nullable: true })
  leftOn: string | null;

  @Column({ type: "timestamptz", name: "created_at", default: () => "now()" })
  createdAt?: Date;

  // The foreign keys, declared for the schema check (entities.ts); never loaded: reads are SQL.
  @ManyToOne("Body") @JoinColumn({ name: "body_id", foreignKeyConstraintName: "committee_membership_body_id_fkey" }) private readonly bodyFk?: object;
  @ManyToOne("Councillor") @JoinColumn({ name: "councillor_id", foreignKeyConstraintName: "committee_membership_councillor_id_fkey" }) private readonly councillorFk?: object;
}

/**
 * A committee's opinion [relacion / mendimi i komisionit] on an item of the council's agenda, recorded by the
 * secretariat; optionally the committee meeting (and its item) where it was adopted. One per committee and item.
 */
@ObjectType({ description: "A committee's opinion [relacion] on an item of the council's agenda." })
@Check("committee_opinion_opinion_check", "(opinion = ANY (ARRAY['FAVOURABLE'::text, 'UNFAVOURABLE'::text, 'WITH_AMENDMENTS'::text]))")
@Check("committee_opinion_text_check", "((length(btrim(opinion_text)) >= 1) AND (length(btrim(opinion_text)) <= 4000))")
@Check("committee_opinion_item_needs_session", "((committee_item_id IS NULL) OR (committee_session_id IS NOT NULL))")
@Unique("committee_opinion_one_per_committee", ["agendaItemId", "committeeId"])
@Index("committee_opinion_committee", ["committeeId"])
@Entity({ name: "committee_opinion" })
export class CommitteeOpinion {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID, { description: "The council's agenda item the opinion is on." })
  @Column({ type: "uuid", name: "agenda_item_id" })
  agendaItemId: string;

  @Field(() => String, { description: "The council agenda item's title." })
  agendaItemTitle: string;

  @Field(() => ID, { description: "The council session of that item." })
  sessionId: string;

  @Field(() => String)
  sessionTitle: string;

  @Field(() => DateTimeScalar)
  sessionScheduledAt: Date;

  @Field(() => ID)
  @Column({ type: "uuid", name: "committee_id" })
  committeeId: string;

  @Field(() => String, { description: "The committee's name." })
  committeeName: string;

  @Field(() => ID, { nullable: true, description: "The committee meeting where the opinion was adopted." })
  @Column({ type: "uuid", name: "committee_session_id", nullable: true })
  committeeSessionId: string | null;

  @Field(() => String, { nullable: true })
  committeeSessionTitle: string | null;

  @Field(() => ID, { nullable: true, description: "The committee meeting's agenda item where the opinion was adopted." })
  @Column({ type: "uuid", name: "committee_item_id", nullable: true })
  committeeItemId: string | null;

  @Field(() => CommitteeOpinionKind)
  @Column({ type: "text" })
  opinion: CommitteeOpinionKind;

  @Field(() => String, { description: "The opinion's text (the report [relacioni])." })
  @Column({ type: "text", name: "opinion_text" })
  text: string;

  @Field(() => DateTimeScalar)
  @Column({ type: "timestamptz", name: "recorded_at", default: () => "now()" })
  recordedAt: Date;

  @Column({ type: "uuid", name: "recorded_by" })
  recordedBy?: string;

  @ManyToOne("AgendaItem") @JoinColumn({ name: "agenda_item_id", foreignKeyConstraintName: "committee_opinion_agenda_item_id_fkey" }) private readonly itemFk?: object;
  @ManyToOne("Body") @JoinColumn({ name: "committee_id", foreignKeyConstraintName: "committee_opinion_committee_id_fkey" }) private readonly committeeFk?: object;
  @ManyToOne("CouncilSession") @JoinColumn({ name: "committee_session_id", foreignKeyConstraintName: "committee_opinion_committee_session_id_fkey" }) private readonly sessionFk?: object;
  @ManyToOne("AgendaItem") @JoinColumn({ name: "committee_item_id", foreignKeyConstraintName: "committee_opinion_committee_item_id_fkey" }) private readonly committeeItemFk?: object;
  @ManyToOne("User") @JoinColumn({ name: "recorded_by", foreignKeyConstraintName: "committee_opinion_recorded_by_fkey" }) private readonly recordedByFk?: object;
}

/** A committee meeting as the committee's page lists it (the session page has the rest). */
@ObjectType()
export class CommitteeMeeting {
  @Field(() => ID, { description: "The session's id: /seanca/:id shows it." }) id: string;
  @Field(() => String) title: string;
  @Field(() => DateTimeScalar) scheduledAt: Date;
  @Field(() => DateTimeScalar) announcedAt: Date;
  @Field(() => String, { description: "SCHEDULED, IN_PROGRESS, SUSPENDED or CLOSED." }) status: string;
  @Field(() => Boolean, { description: "Announced less than 3 days before it starts (Kaçanik plan)." }) lateNotice: boolean;
  @Field(() => Int) items: number;
}

/** A committee [komision] of the council: a body of kind COMMITTEE with its functions, members and meetings. */
@ObjectType({ description: "A committee [komision] of the council." })
export class Committee {
  @Field(() => ID, { description: "The committee's body id (sessions take it as bodyId)." }) id: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true, description: "Its functions and mandate [funksionet]." }) functions: string | null;
  @Field(() => Int, { description: "The committee's seats: quorum and majorities of its meetings count them." }) seats: number;
  @Field(() => Int, { description: "Goes up with every change to the committee or its memberships; send it back as expectedVersion." }) version: number;
  @Field(() => Int, { description: "Days of notice its meetings need (Kaçanik plan: 3); a meeting announced later is marked lateNotice." }) noticeDays: number;
  @Field(() => CommitteeMembership, { nullable: true, description: "Today's chair [kryetari], if any." }) chair: CommitteeMembership | null;
  @Field(() => [CommitteeMembership], { description: "Today's members, and those appointed from a later date, by name (the chair first)." })
  members: CommitteeMembership[];
  @Field(() => Int, { description: "How many members it has today." }) membersCount: number;
  @Field(() => [CommitteeMembership], { description: "Memberships that have ended, the latest first." }) pastMembers: CommitteeMembership[];
  @Field(() => CommitteeMeeting, { nullable: true, description: "The next meeting not yet closed, soonest first." }) nextMeeting: CommitteeMeeting | null;
  @Field(() => [CommitteeMeeting], { description: "Meetings not yet closed, soonest first." }) upcomingMeetings: CommitteeMeeting[];
  @Field(() => [CommitteeMeeting], { description: "Closed meetings, the latest first." }) pastMeetings: CommitteeMeeting[];
  @Field(() => [CommitteeOpinion], { description: "Its opinions on items of the council's agenda, the latest session first." }) opinions: CommitteeOpinion[];
}

/** A committee_opinion row with what the types show beside it (committees/queries.ts, sessions/snapshot.ts). */
export const OPINION_SELECT = `
  SELECT o.id, o.agenda_item_id, o.committee_id, b.name AS committee_name, o.committee_session_id, cs.title AS committee_session_title,
         o.committee_item_id, o.opinion, o.opinion_text, o.recorded_at, i.title AS item_title, i.session_id, s.title AS session_title,
         s.scheduled_at AS session_scheduled_at
  FROM committee_opinion o JOIN body b ON b.id = o.committee_id JOIN agenda_item i ON i.id = o.agenda_item_id
  JOIN council_session s ON s.id = i.session_id LEFT JOIN council_session cs ON cs.id = o.committee_session_id`;
export type OpinionRow = {
  id: string; agenda_item_id: string; committee_id: string; committee_name: string; committee_session_id: string | null;
  committee_session_title: string | null; committee_item_id: string | null; opinion: CommitteeOpinionKind; opinion_text: string;
  recorded_at: Date; item_title: string; session_id: string; session_title: string; session_scheduled_at: Date;
};
export function toOpinion(r: OpinionRow): CommitteeOpinion {
  return Object.assign(new CommitteeOpinion(), {
    id: r.id, agendaItemId: r.agenda_item_id, agendaItemTitle: r.item_title, sessionId: r.session_id, sessionTitle: r.session_title,
    sessionScheduledAt: r.session_scheduled_at, committeeId: r.committee_id, committeeName: r.committee_name,
    committeeSessionId: r.committee_session_id, committeeSessionTitle: r.committee_session_title, committeeItemId: r.committee_item_id,
    opinion: r.opinion, text: r.opinion_text, recordedAt: r.recorded_at,
  });
}
