import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

export enum BodyKind {
  COUNCIL = "COUNCIL",
  COMMITTEE = "COMMITTEE",
}
registerEnumType(BodyKind, { name: "BodyKind" });

/** The municipal council [Këshilli Bashkiak / Kuvendi Komunal] or one of its committees [komisione]. */
@ObjectType()
@Entity({ name: "body" })
export class Body {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String)
  @Column({ type: "text" })
  name: string;

  @Field(() => BodyKind)
  @Column({ type: "text" })
  kind: BodyKind;

  @Field(() => Int)
  @Column({ type: "int" })
  seats: number;
}
