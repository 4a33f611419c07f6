import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

export enum Role {
  ADMIN = "ADMIN",
  SECRETARIAT = "SECRETARIAT",
  COUNCILLOR = "COUNCILLOR",
  OSS_OPERATOR = "OSS_OPERATOR",
}
registerEnumType(Role, { name: "Role" });

/** A login account. A COUNCILLOR account is linked to exactly one councillor (the `councillor` field is council/'s: auth knows no area). */
@ObjectType()
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
}

@ObjectType()
export class AuthPayload {
  @Field(() => String)
  token: string;

  @Field(() => User)
  user: User;
}
