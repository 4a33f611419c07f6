import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
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
@Check("declaration_description_check", "((length(btrim(description)) >= 1) AND (length(btrim(description)) <= 2000))")
@Check("declaration_interest_type_check", "(interest_type = ANY (ARRAY['PERSONAL'::text, 'FAMILY'::text, 'FINANCIAL'::text, 'PROFESSIONAL'::text, 'OTHER'::text]))")
@Index("declaration_councillor", ["councillorId", "filedAt"])
@Index("declaration_filed_at", ["filedAt"])
@Index("declaration_item", ["agendaItemId", "councillorId", "filedAt"])
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
  @Column({ type: "timestamptz", name: "filed_at", default: () => "clock_timestamp()" })
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
  // The foreign keys, declared for the schema check (entities.ts); never loaded: reads are SQL.
  @ManyToOne("AgendaItem") @JoinColumn({ name: "agenda_item_id", foreignKeyConstraintName: "declaration_agenda_item_id_fkey" }) private readonly agendaItemFk?: object;
  @ManyToOne("Councillor") @JoinColumn({ name: "councillor_id", foreignKeyConstraintName: "declaration_councillor_id_fkey" }) private readonly councillorFk?: object;
  @ManyToOne("User") @JoinColumn({ name: "filed_by", foreignKeyConstraintName: "declaration_filed_by_fkey" }) private readonly filedByFk?: object;
  @ManyToOne("Declaration") @JoinColumn({ name: "supersedes_id", foreignKeyConstraintName: "declaration_supersedes_id_fkey" }) private readonly supersedesFk?: object;
}
