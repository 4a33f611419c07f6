import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

export enum Gender {
  FEMALE = "FEMALE",
  MALE = "MALE",
  OTHER = "OTHER",
  UNDISCLOSED = "UNDISCLOSED",
}
registerEnumType(Gender, { name: "Gender" });

/** A member of the municipal council [këshilltar/e]. */
@ObjectType()
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
}
