import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Receipt, TrackedStep } from "../platform/receipts.js";
import { DateTimeScalar } from "../platform/scalars.js";

/** RECEIVED → UNDER_REVIEW → DISCUSSED → ANSWERED; REJECTED (inadmissible) from RECEIVED or UNDER_REVIEW. */
export enum PetitionStatus {
  RECEIVED = "RECEIVED",
  UNDER_REVIEW = "UNDER_REVIEW",
  DISCUSSED = "DISCUSSED",
  ANSWERED = "ANSWERED",
  REJECTED = "REJECTED",
}
export enum PetitionerKind {
  PERSON = "PERSON",
  ORGANISATION = "ORGANISATION",
}
export enum PetitionChannel {
  ONLINE = "ONLINE",
  PAPER = "PAPER",
}
registerEnumType(PetitionStatus, { name: "PetitionStatus", description: "A petition's lifecycle [peticion: i marrë, në shqyrtim, i diskutuar, i përgjigjur, i refuzuar]." });
registerEnumType(PetitionerKind, { name: "PetitionerKind", description: "Who petitions: a private person or an organisation (association, group of residents, business)." });
registerEnumType(PetitionChannel, { name: "PetitionChannel", description: "Submitted online, or registered by the secretariat from paper." });

@ObjectType({ description: "The agenda item where the council discussed a petition." })
export class PetitionAgendaItem {
  @Field(() => ID) id: string;
  @Field(() => String) title: string;
  @Field(() => Int) position: number;
  @Field(() => ID) sessionId: string;
  @Field(() => String) sessionTitle: string;
}

/**
 * A petition or citizens' initiative [peticion, nismë qytetare], as the public register shows it: no personal
 * data. The petitioner's name is public for an organisation, never for a private person; contact data and the
 * signature list are the secretariat's only (PetitionPersonalData). Kaçanik plan: reviewed within 60 days,
 * answered in writing within 15 days of the review.
 */
@ObjectType({ description: "A petition in the public register: no contact data, no signature list, no private person's name." })
@Check("petition_answer_summary_check", "(length(answer_summary) <= 5000)")
@Check("petition_answered", "((status = 'ANSWERED'::text) = ((answered_at IS NOT NULL) AND (answer_summary IS NOT NULL)))")
@Check("petition_body_check", "((length(btrim(body)) >= 1) AND (length(btrim(body)) <= 20000))")
@Check("petition_channel_check", "(channel = ANY (ARRAY['ONLINE'::text, 'PAPER'::text]))")
@Check("petition_contact_email_check", "(length(contact_email) <= 254)")
@Check("petition_contact_phone_check", "(length(contact_phone) <= 40)")
@Check("petition_discussed", "((status = ANY (ARRAY['DISCUSSED'::text, 'ANSWERED'::text])) = ((discussed_at IS NOT NULL) AND (agenda_item_id IS NOT NULL) AND (answer_due_at IS NOT NULL)))")
@Check("petition_organisation_named", "((petitioner_kind = 'PERSON'::text) OR (petitioner_name IS NOT NULL))")
@Check("petition_petitioner_kind_check", "(petitioner_kind = ANY (ARRAY['PERSON'::text, 'ORGANISATION'::text]))")
@Check("petition_petitioner_name_check", "(length(petitioner_name) <= 300)")
@Check("petition_reject_reason_check", "(length(reject_reason) <= 2000)")
@Check("petition_rejected", "((status = 'REJECTED'::text) = ((rejected_at IS NOT NULL) AND (reject_reason IS NOT NULL)))")
@Check("petition_review_due", "(review_due_at > received_at)")
@Check("petition_signature_list_check", "(length(signature_list) <= 500000)")
@Check("petition_signatures_count_check", "((signatures_count >= 1) AND (signatures_count <= 10000000))")
@Check("petition_status_check", "(status = ANY (ARRAY['RECEIVED'::text, 'UNDER_REVIEW'::text, 'DISCUSSED'::text, 'ANSWERED'::text, 'REJECTED'::text]))")
@Check("petition_title_check", "((length(btrim(title)) >= 1) AND (length(btrim(title)) <= 300))")
@Index("petition_received", ["receivedAt"])
@Index("petition_agenda_item", ["agendaItemId"], { where: "(agenda_item_id IS NOT NULL)" })
@Entity({ name: "petition" })
export class Petition {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Field(() => String, { nullable: true, description: "The receipt's public reference, e.g. PT-2026-00042." }) reference: string | null;
  @Field(() => PetitionerKind) @Column({ type: "text", name: "petitioner_kind" }) petitionerKind: PetitionerKind;
  // The name is public only for an organisation (see publicPetitionerName); the column holds both.
  @Column({ type: "text", name: "petitioner_name", nullable: true }) petitionerName?: string | null;
  @Field(() => String, { nullable: true, description: "The organisation's name; null for a private person, whose name is never public." }) organisationName: string | null;
  @Column({ type: "text", name: "contact_email", nullable: true }) contactEmail?: string | null;
  @Column({ type: "text", name: "contact_phone", nullable: true }) contactPhone?: string | null;
  @Field(() => String) @Column({ type: "text" }) title: string;
  @Field(() => String, { description: "The petition's text, plain text (never rendered as HTML)." }) @Column({ type: "text", name: "body" }) text: string;
  @Field(() => Int) @Column({ type: "int", name: "signatures_count" }) signaturesCount: number;
  @Column({ type: "text", name: "signature_list", nullable: true }) signatureList?: string | null;
  @Field(() => PetitionChannel) @Column({ type: "text" }) channel: PetitionChannel;
  @Field(() => PetitionStatus) @Column({ type: "text", default: PetitionStatus.RECEIVED }) status: PetitionStatus;
  @Field(() => DateTimeScalar) @Column({ type: "timestamptz", name: "received_at" }) receivedAt: Date;
  @Field(() => DateTimeScalar, { description: "Received + 60 days (end of the last day; a non-working last day moves to the next working day)." })
  @Column({ type: "timestamptz", name: "review_due_at" }) reviewDueAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) @Column({ type: "timestamptz", name: "review_started_at", nullable: true }) reviewStartedAt: Date | null;
  @Column({ type: "uuid", name: "agenda_item_id", nullable: true }) agendaItemId: string | null;
  @Field(() => PetitionAgendaItem, { nullable: true, description: "Where the council discussed it." }) agendaItem: PetitionAgendaItem | null;
  @Field(() => DateTimeScalar, { nullable: true, description: "When the council discussed it: the session of its agenda item." })
  @Column({ type: "timestamptz", name: "discussed_at", nullable: true }) discussedAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: "Discussed + 15 days: the written answer is due." })
  @Column({ type: "timestamptz", name: "answer_due_at", nullable: true }) answerDueAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: "The date of the written answer." })
  @Column({ type: "timestamptz", name: "answered_at", nullable: true }) answeredAt: Date | null;
  @Field(() => String, { nullable: true, description: "A summary of the written answer." }) @Column({ type: "text", name: "answer_summary", nullable: true }) answerSummary: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) @Column({ type: "timestamptz", name: "rejected_at", nullable: true }) rejectedAt: Date | null;
  @Field(() => String, { nullable: true, description: "Why it was inadmissible." }) @Column({ type: "text", name: "reject_reason", nullable: true }) rejectReason: string | null;
  @Field(() => Boolean, { description: "Not discussed (or rejected) within 60 days of receipt: still open past reviewDueAt, or done after it." }) reviewLate: boolean;
  @Field(() => Boolean, { description: "Not answered within 15 days of the discussion: still unanswered past answerDueAt, or answered after it." }) answerLate: boolean;
  @Field(() => [TrackedStep], { description: "The lifecycle, oldest first." }) history: TrackedStep[];
  @Column({ type: "timestamptz", name: "personal_data_erased_at", nullable: true }) personalDataErasedAt?: Date | null;
  @Field(() => Int) @Column({ type: "int", default: 1 }) version: number;
  // Kept by the database; not part of the API.
  @Column({ type: "uuid", name: "created_by", nullable: true }) createdBy?: string | null;
  @Column({ type: "timestamptz", name: "created_at", default: () => "now()" }) createdAt?: Date;
  // The foreign keys, declared for the schema check (entities.ts); never loaded: reads are SQL.
  @ManyToOne("AgendaItem") @JoinColumn({ name: "agenda_item_id", foreignKeyConstraintName: "petition_agenda_item_id_fkey" }) private readonly agendaItemFk?: object;
  @ManyToOne("User") @JoinColumn({ name: "created_by", foreignKeyConstraintName: "petition_created_by_fkey" }) private readonly createdByFk?: object;
}

@ObjectType({ description: "A page of the public register of petitions." })
export class PetitionPage {
  @Field(() => Int) total: number;
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
  @Field(() => [Petition]) items: Petition[];
}

@ObjectType({ description: "SECRETARIAT only: a petition's personal data (erased after the retention period)." })
export class PetitionPersonalData {
  @Field(() => ID) petitionId: string;
  @Field(() => String, { nullable: true, description: "The petitioner's name (a private person's or the organisation's)." }) petitionerName: string | null;
  @Field(() => String, { nullable: true }) contactEmail: string | null;
  @Field(() => String, { nullable: true }) contactPhone: string | null;
  @Field(() => String, { nullable: true, description: "The signatures as entered: one per line, name and optional address." }) signatureList: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: "When the retention task erased it (then every other field is null)." }) erasedAt: Date | null;
}

@ObjectType({ description: "A petition just filed, with its receipt (the secret code is shown only here)." })
export class PetitionFiling {
  @Field(() => Petition) petition: Petition;
  @Field(() => Receipt) receipt: Receipt;
}
