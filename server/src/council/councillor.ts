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
export const COUNCILLOR_COLUMNS = "id, full_name, gender, party, active, term_start::text, term_end::text, photo_sha256";
export type CouncillorRow = {
  id: string; full_name: string; gender: Gender; party: string | null; active: boolean;
  term_start: string | null; term_end: string | null; photo_sha256: string | null;
};
/** The public columns only: the CV and contact details are read by council/profile.ts when asked for. */
export function toCouncillor(r: CouncillorRow): Councillor {
  return {
    id: r.id, fullName: r.full_name, gender: r.gender, party: r.party ?? null, active: r.active,
    termStart: r.term_start ?? null, termEnd: r.term_end ?? null, photoSha256: r.photo_sha256 ?? null,
  };
}

/** A member of the municipal council [këshilltar/e]. */
@ObjectType()
@Check("councillor_check", "((term_end IS NULL) OR (term_start IS NULL) OR (term_end >= term_start))")
@Check("councillor_full_name_check", "((length(btrim(full_name)) >= 1) AND (length(btrim(full_name)) <= 200))")
@Check("councillor_gender_check", "(gender = ANY (ARRAY['FEMALE'::text, 'MALE'::text, 'OTHER'::text, 'UNDISCLOSED'::text]))")
@Check("councillor_cv_check", "((cv IS NULL) OR (length(cv) <= 2000))")
@Check("councillor_email_check", "((email IS NULL) OR ((length(email) <= 200) AND (email ~~ '%_@_%'::text)))")
@Check("councillor_phone_check", "((phone IS NULL) OR ((length(phone) <= 40) AND (phone ~ '^[+0-9 ()-]+$'::text)))")
@Check("councillor_photo_check", "((photo IS NULL) OR ((octet_length(photo) >= 1) AND (octet_length(photo) <= 2000000)))")
@Check("councillor_photo_complete", "(((photo IS NULL) = (photo_sha256 IS NULL)) AND ((photo IS NULL) = (photo_updated_at IS NULL)))")
@Check("councillor_photo_sha256_check", "((photo_sha256 IS NULL) OR (photo_sha256 ~ '^[0-9a-f]{64}$'::text))")
@Check("councillor_published_contact", "(((NOT email_published) OR (email IS NOT NULL)) AND ((NOT phone_published) OR (phone IS NOT NULL)))")
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

  // The term's dates (Tirana calendar days, "YYYY-MM-DD"); shown through CouncillorProfileResolver.
  @Column({ type: "date", name: "term_start", nullable: true }) termStart?: string | null;
  @Column({ type: "date", name: "term_end", nullable: true }) termEnd?: string | null;
  @Column({ type: "timestamptz", name: "created_at", default: () => "now()" }) createdAt?: Date;

  // The profile (council/profile.ts). No @Field: contact details reach the API only through
  // CouncillorProfileResolver, which shows the public what was published and nothing else.
  @Column({ type: "text", nullable: true }) cv?: string | null;
  @Column({ type: "text", nullable: true }) email?: string | null;
  @Column({ type: "boolean", name: "email_published", default: false }) emailPublished?: boolean;
  @Column({ type: "text", nullable: true }) phone?: string | null;
  @Column({ type: "boolean", name: "phone_published", default: false }) phonePublished?: boolean;
  @Column({ type: "bytea", nullable: true, select: false }) photo?: Buffer | null;
  @Column({ type: "text", name: "photo_sha256", nullable: true }) photoSha256?: string | null;
  @Column({ type: "timestamptz", name: "photo_updated_at", nullable: true }) photoUpdatedAt?: Date | null;
  @Column({ type: "int", default: 1 }) version?: number;
}
