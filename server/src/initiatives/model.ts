import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Councillor } from "../council/councillor.js";
import { DateTimeScalar } from "../platform/scalars.js";

export enum InitiativeKind {
  DRAFT_DECISION = "DRAFT_DECISION",
  MOTION = "MOTION",
  QUESTION = "QUESTION",
  AMENDMENT = "AMENDMENT",
}
export enum InitiativeStatus {
  SUBMITTED = "SUBMITTED",
  IN_COMMITTEE = "IN_COMMITTEE",
  ON_AGENDA = "ON_AGENDA",
  ADOPTED = "ADOPTED",
  REJECTED = "REJECTED",
  WITHDRAWN = "WITHDRAWN",
}
export enum ConsultationKind {
  CONSULTATION = "CONSULTATION",
  HEARING = "HEARING",
}
registerEnumType(InitiativeKind, { name: "InitiativeKind" });
registerEnumType(InitiativeStatus, { name: "InitiativeStatus" });
export enum ConsultationStatus {
  ANNOUNCED = "ANNOUNCED",
  HELD = "HELD",
}
registerEnumType(ConsultationKind, { name: "ConsultationKind" });
registerEnumType(ConsultationStatus, { name: "ConsultationStatus", valuesConfig: {
  ANNOUNCED: { description: "Announced to the public; its participants are not recorded yet (the counts are 0)." },
  HELD: { description: "Held, with its participants by gender recorded." },
} });

/** A councillor's initiative [nismë]: draft decision, motion, question or amendment. */
@ObjectType()
@Check("initiative_kind_check", "(kind = ANY (ARRAY['DRAFT_DECISION'::text, 'MOTION'::text, 'QUESTION'::text, 'AMENDMENT'::text]))")
@Check("initiative_status_check", "(status = ANY (ARRAY['SUBMITTED'::text, 'IN_COMMITTEE'::text, 'ON_AGENDA'::text, 'ADOPTED'::text, 'REJECTED'::text, 'WITHDRAWN'::text]))")
@Check("initiative_title_check", "((length(btrim(title)) >= 1) AND (length(btrim(title)) <= 500))")
@Index("initiative_agenda_item", ["agendaItemId"], { where: "(agenda_item_id IS NOT NULL)" })
@Index("initiative_submitted", ["submittedAt"])
@Entity({ name: "initiative" })
export class Initiative {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Field(() => String) @Column({ type: "text" }) title: string;
  @Field(() => InitiativeKind) @Column({ type: "text" }) kind: InitiativeKind;
  @Field(() => DateTimeScalar) @Column({ type: "timestamptz", name: "submitted_at" }) submittedAt: Date;
  @Column({ type: "uuid", name: "lead_sponsor_id" }) leadSponsorId: string;
  @Field(() => Councillor) leadSponsor: Councillor;
  @Field(() => [Councillor]) coSponsors: Councillor[];
  @Field(() => InitiativeStatus) @Column({ type: "text", default: InitiativeStatus.SUBMITTED }) status: InitiativeStatus;
  @Field(() => ID, { nullable: true, description: "The agenda item where it was decided." })
  @Column({ type: "uuid", name: "agenda_item_id", nullable: true }) agendaItemId: string | null;
  @Field(() => String, { description: 'The half-year it counts in, e.g. "2026-H2".' }) period: string;
  @Field(() => Int) @Column({ type: "int", default: 1 }) version: number;
  // Kept by the database; not part of the API.
  @Column({ type: "uuid", name: "created_by", nullable: true }) createdBy?: string | null;
  // The foreign keys, declared for the schema check (entities.ts); never loaded: reads are SQL.
  @ManyToOne("Councillor") @JoinColumn({ name: "lead_sponsor_id", foreignKeyConstraintName: "initiative_lead_sponsor_id_fkey" }) private readonly leadSponsorFk?: object;
  @ManyToOne("AgendaItem") @JoinColumn({ name: "agenda_item_id", foreignKeyConstraintName: "initiative_agenda_item_id_fkey" }) private readonly agendaItemFk?: object;
  @ManyToOne("User") @JoinColumn({ name: "created_by", foreignKeyConstraintName: "initiative_created_by_fkey" }) private readonly createdByFk?: object;
}

@ObjectType({ description: "An initiative as its agenda item shows it." })
export class InitiativeSummary {
  @Field(() => ID) id: string;
  @Field(() => String) title: string;
  @Field(() => InitiativeKind) kind: InitiativeKind;
  @Field(() => InitiativeStatus) status: InitiativeStatus;
  @Field(() => String) leadSponsorName: string;
}

@ObjectType()
export class KindShare {
  @Field(() => InitiativeKind) kind: InitiativeKind;
  @Field(() => Int) total: number;
  @Field(() => Int) byWomen: number;
  @Field(() => Float, { nullable: true }) womenSharePct: number | null;
}

@ObjectType()
export class PartyShare {
  @Field(() => String, { description: 'The lead sponsor\'s party ("—" when none).' }) party: string;
  @Field(() => Int) total: number;
  @Field(() => Int) byWomen: number;
  @Field(() => Float, { nullable: true }) womenSharePct: number | null;
}

@ObjectType()
export class InitiativeGenderStats {
  @Field(() => String, { description: '"2026-H2"' }) period: string;
  @Field(() => Int) total: number;
  @Field(() => Int, { description: "Lead sponsor FEMALE." }) byWomen: number;
  @Field(() => Float, { nullable: true, description: "null when total = 0" }) womenSharePct: number | null;
  @Field(() => Float, { description: "Share of seats held by women over the period, weighted by days served (0 when no seats)." })
  womenSeatSharePct: number;
  @Field(() => Float, { nullable: true, description: "Share of women among all sponsorships (lead and co-sponsors)." })
  allSponsorsWomenSharePct: number | null;
  @Field(() => Int) sponsorships: number;
  @Field(() => Float, { nullable: true, description: "womenSharePct ÷ womenSeatSharePct: 1 means in proportion to seats." })
  ratioToSeatShare: number | null;
  @Field(() => [KindShare]) byKind: KindShare[];
  @Field(() => [PartyShare]) byParty: PartyShare[];
}

@ObjectType({ description: "A public consultation or public meeting [dëgjesë publike]: its notice, place and, once held, its participants by gender." })
@Check("consultation_check", "(vulnerable_groups <= ((women + men) + other_or_undisclosed))")
@Check("consultation_kind_check", "(kind = ANY (ARRAY['CONSULTATION'::text, 'HEARING'::text]))")
@Check("consultation_men_check", "(men >= 0)")
@Check("consultation_other_or_undisclosed_check", "(other_or_undisclosed >= 0)")
@Check("consultation_title_check", "((length(btrim(title)) >= 1) AND (length(btrim(title)) <= 300))")
@Check("consultation_vulnerable_groups_check", "(vulnerable_groups >= 0)")
@Check("consultation_women_check", "(women >= 0)")
@Check("consultation_status_check", "(status = ANY (ARRAY['ANNOUNCED'::text, 'HELD'::text]))")
@Check("consultation_place_check", "((place IS NULL) OR ((length(btrim(place)) >= 1) AND (length(btrim(place)) <= 300)))")
@Check("consultation_announced_before_held", "(announced_at <= held_at)")
@Check("consultation_announced_has_place", "((status = 'HELD'::text) OR (place IS NOT NULL))")
@Check("consultation_announced_no_counts", "((status = 'HELD'::text) OR ((women = 0) AND (men = 0) AND (other_or_undisclosed = 0) AND (vulnerable_groups = 0)))")
@Index("consultation_held", ["heldAt"])
@Index("consultation_agenda_item", ["agendaItemId"], { where: "(agenda_item_id IS NOT NULL)" })
@Entity({ name: "consultation" })
export class Consultation {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Field(() => String) @Column({ type: "text" }) title: string;
  @Field(() => ConsultationKind) @Column({ type: "text" }) kind: ConsultationKind;
  @Field(() => DateTimeScalar) @Column({ type: "timestamptz", name: "held_at" }) heldAt: Date;
  @Field(() => DateTimeScalar, { description: "When the public was told. Recorded without one: its heldAt (no notice on record)." })
  @Column({ type: "timestamptz", name: "announced_at" }) announcedAt: Date;
  @Field(() => Boolean, { description: "Announced fewer than 14 days (of 24 hours) before it is held (Kaçanik plan)." }) lateNotice: boolean;
  @Field(() => ConsultationStatus) @Column({ type: "text", default: ConsultationStatus.HELD }) status: ConsultationStatus;
  @Field(() => String, { nullable: true, description: "Where it is held; none on consultations recorded before notices were kept." })
  @Column({ type: "text", nullable: true }) place: string | null;
  @Field(() => ID, { nullable: true, description: "The agenda item (draft decision) it consults on." })
  @Column({ type: "uuid", name: "agenda_item_id", nullable: true }) agendaItemId: string | null;
  @Field(() => String, { nullable: true }) agendaItemTitle: string | null;
  @Field(() => Int, { description: "0 while ANNOUNCED." }) @Column({ type: "int" }) women: number;
  @Field(() => Int, { description: "0 while ANNOUNCED." }) @Column({ type: "int" }) men: number;
  @Field(() => Int) @Column({ type: "int", name: "other_or_undisclosed", default: 0 }) otherOrUndisclosed: number;
  @Field(() => Int) @Column({ type: "int", name: "vulnerable_groups", default: 0 }) vulnerableGroups: number;
  @Field(() => Int) @Column({ type: "int", default: 1 }) version: number;
  // Kept by the database; not part of the API.
  @Column({ type: "uuid", name: "created_by", nullable: true }) createdBy?: string | null;
  // The foreign keys, declared for the schema check (entities.ts); never loaded: reads are SQL.
  @ManyToOne("User") @JoinColumn({ name: "created_by", foreignKeyConstraintName: "consultation_created_by_fkey" }) private readonly createdByFk?: object;
  @ManyToOne("AgendaItem") @JoinColumn({ name: "agenda_item_id", foreignKeyConstraintName: "consultation_agenda_item_id_fkey" }) private readonly agendaItemFk?: object;
}

@ObjectType()
export class ConsultationGenderStats {
  @Field(() => String) period: string;
  @Field(() => Int) consultations: number;
  @Field(() => Int) participants: number;
  @Field(() => Int) women: number;
  @Field(() => Float, { nullable: true }) womenSharePct: number | null;
  @Field(() => Float, { description: "Elbasan plan OS-4 point 7: at least 40 % women by 2028." }) targetPct: number;
  @Field(() => Boolean, { nullable: true }) meetsTarget: boolean | null;
  @Field(() => Int) vulnerableGroups: number;
}
