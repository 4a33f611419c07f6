import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
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
registerEnumType(ConsultationKind, { name: "ConsultationKind" });

/** A councillor's initiative [nismë]: draft decision, motion, question or amendment. */
@ObjectType()
@Entity({ name: "initiative" })
export class Initiative {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Field(() => String) @Column({ type: "text" }) title: string;
  @Field(() => InitiativeKind) @Column({ type: "text" }) kind: InitiativeKind;
  @Field(() => DateTimeScalar) @Column({ type: "timestamptz", name: "submitted_at" }) submittedAt: Date;
  @Column({ type: "uuid", name: "lead_sponsor_id" }) leadSponsorId: string;
  @Field(() => Councillor) leadSponsor: Councillor;
  @Field(() => [Councillor]) coSponsors: Councillor[];
  @Field(() => InitiativeStatus) @Column({ type: "text" }) status: InitiativeStatus;
  @Field(() => ID, { nullable: true, description: "The agenda item where it was decided." })
  @Column({ type: "uuid", name: "agenda_item_id", nullable: true }) agendaItemId: string | null;
  @Field(() => String, { description: 'The half-year it counts in, e.g. "2026-H2".' }) period: string;
  @Field(() => Int) @Column({ type: "int" }) version: number;
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

@ObjectType({ description: "A public consultation or hearing, with its participants by gender." })
@Entity({ name: "consultation" })
export class Consultation {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Field(() => String) @Column({ type: "text" }) title: string;
  @Field(() => ConsultationKind) @Column({ type: "text" }) kind: ConsultationKind;
  @Field(() => DateTimeScalar) @Column({ type: "timestamptz", name: "held_at" }) heldAt: Date;
  @Field(() => Int) @Column({ type: "int" }) women: number;
  @Field(() => Int) @Column({ type: "int" }) men: number;
  @Field(() => Int) @Column({ type: "int", name: "other_or_undisclosed" }) otherOrUndisclosed: number;
  @Field(() => Int) @Column({ type: "int", name: "vulnerable_groups" }) vulnerableGroups: number;
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
