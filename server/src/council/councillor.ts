import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, PrimaryGeneratedColumn } from "typeorm";

export enum Gender {
  FEMALE = "FEMALE",
  MALE = "MALE",
  OTHER = "OTHER",
  UNDISCLOSED = "UNDISCLOSED",
}
registerEnumType(Gender, { name: "Gender" });

/** The columns every councillor query selects, and their mapping to the GraphQL type. */
export const COUNCILLOR_COLUMNS = "id, full_name, gender, party, active";
export type CouncillorRow = { id: string; full_name: string; gender: Gender; party: string | null; active: boolean };
export function toCouncillor(r: CouncillorRow): Councillor {
  return { id: r.id, fullName: r.full_name, gender: r.gender, party: r.party ?? null, active: r.active };
}

/** A member of the municipal council [këshilltar/e]. */
@ObjectType()
@Check("councillor_check", "((term_end IS NULL) OR (term_start IS NULL) OR (term_end >= term_start))")
@Check("councillor_full_name_check", "((length(btrim(full_name)) >= 1) AND (length(btrim(full_name)) <= 200))")
@Check("councillor_gender_check", "(gender = ANY (ARRAY['FEMALE'::text, 'MALE'::text, 'OTHER'::text, 'UNDISCLOSED'::text]))")
@Check("councillor_party_check", "((party IS NULL) OR (length(party) <= 200))")
@Entity({ name: "councillor" })
export class Councillor {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String)
  @Column({ type: "text", name: "full_name" })
  fullName: string;

  @Field(() => Gender)
  @Column({ type: "text" })
  gender: Gender;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  party: string | null;

  @Field(() => Boolean)
  @Column({ type: "boolean", default: true })
  active: boolean;

  // Kept by the database; not part of the API.
  @Column({ type: "date", name: "term_start", nullable: true }) termStart?: Date | null;
  @Column({ type: "date", name: "term_end", nullable: true }) termEnd?: Date | null;
  @Column({ type: "timestamptz", name: "created_at", default: () => "now()" }) createdAt?: Date;
}
