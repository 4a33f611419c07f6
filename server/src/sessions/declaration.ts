import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { Councillor } from "../council/councillor.js";
import { DateTimeScalar } from "../platform/scalars.js";

export enum InterestType {
  PERSONAL = "PERSONAL",
  FAMILY = "FAMILY",
  FINANCIAL = "FINANCIAL",
  PROFESSIONAL = "PROFESSIONAL",
  OTHER = "OTHER",
}
registerEnumType(InterestType, { name: "InterestType" });

/**
 * An ad-hoc declaration of interest [deklaratë ad hoc e interesit] on one agenda item.
 * Append-only: a correction is a new declaration that supersedes the earlier one.
 */
@ObjectType()
@Entity({ name: "declaration" })
export class Declaration {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ type: "uuid", name: "agenda_item_id" })
  agendaItemId: string;

  @Column({ type: "uuid", name: "councillor_id" })
  councillorId: string;

  @Field(() => Councillor)
  councillor: Councillor;

  @Field(() => InterestType)
  @Column({ type: "text", name: "interest_type" })
  interestType: InterestType;

  @Field(() => String)
  @Column({ type: "text" })
  description: string;

  @Field(() => Boolean, { description: "The councillor recuses themself from decisions on this item." })
  @Column({ type: "boolean" })
  recused: boolean;

  @Field(() => DateTimeScalar)
  @Column({ type: "timestamptz", name: "filed_at" })
  filedAt: Date;

  @Column({ type: "uuid", name: "filed_by" })
  filedBy: string;

  @Field(() => Boolean, { description: "Filed by the secretariat on the councillor's behalf." })
  @Column({ type: "boolean", name: "filed_on_behalf" })
  filedOnBehalf: boolean;

  @Field(() => ID, { nullable: true, description: "The earlier declaration this one corrects." })
  @Column({ type: "uuid", name: "supersedes_id", nullable: true })
  supersedesId: string | null;

  @Field(() => Boolean, { description: "False once a later declaration by the same councillor on the same item supersedes it." })
  inForce: boolean;

  // Where it was filed, for lists and exports that show declarations outside their session.
  @Field(() => ID) sessionId: string;
  @Field(() => String) sessionTitle: string;
  @Field(() => DateTimeScalar) sessionScheduledAt: Date;
  @Field(() => Int) agendaItemPosition: number;
  @Field(() => String) agendaItemTitle: string;
}
