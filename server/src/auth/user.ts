import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";

export enum Role {
  ADMIN = "ADMIN",
  SECRETARIAT = "SECRETARIAT",
  COUNCILLOR = "COUNCILLOR",
  OSS_OPERATOR = "OSS_OPERATOR",
}
registerEnumType(Role, { name: "Role" });

/** A login account. A COUNCILLOR account is linked to exactly one councillor (the `councillor` field is council/'s: auth knows no area). */
@ObjectType()
@Check("app_user_check", "((role = 'COUNCILLOR'::text) = (councillor_id IS NOT NULL))")
@Unique("app_user_councillor_id_key", ["councillorId"])
@Check("app_user_role_check", "(role = ANY (ARRAY['ADMIN'::text, 'SECRETARIAT'::text, 'COUNCILLOR'::text, 'OSS_OPERATOR'::text]))")
@Check("app_user_username_check", "(username ~ '^[a-z0-9._-]{2,64}$'::text)")
@Unique("app_user_username_key", ["username"])
@Entity({ name: "app_user" })
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String)
  @Column({ type: "text" })
  username: string;

  @Column({ type: "text", name: "password_hash" })
  passwordHash: string;

  @Field(() => Role)
  @Column({ type: "text" })
  role: Role;

  @Column({ type: "uuid", name: "councillor_id", nullable: true })
  councillorId: string | null;

  /** Kept by the database; not part of the API. */
  @Column({ type: "timestamptz", name: "created_at", default: () => "now()" })
  createdAt?: Date;
  // The foreign keys, declared for the schema check (entities.ts); never loaded: reads are SQL.
  @ManyToOne("Councillor") @JoinColumn({ name: "councillor_id", foreignKeyConstraintName: "app_user_councillor_id_fkey" }) private readonly councillorFk?: object;
}

@ObjectType()
export class AuthPayload {
  @Field(() => String)
  token: string;

  @Field(() => User)
  user: User;
}
