import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from "typeorm";

export enum BodyKind {
  COUNCIL = "COUNCIL",
  COMMITTEE = "COMMITTEE",
}
registerEnumType(BodyKind, { name: "BodyKind" });

/** The municipal council [Këshilli Bashkiak / Kuvendi Komunal] or one of its committees [komisione]. */
@ObjectType()
@Check("body_kind_check", "(kind = ANY (ARRAY['COUNCIL'::text, 'COMMITTEE'::text]))")
@Check("body_name_check", "((length(btrim(name)) >= 1) AND (length(btrim(name)) <= 200))")
@Unique("body_name_key", ["name"])
@Check("body_seats_check", "((seats >= 1) AND (seats <= 200))")
@Index("body_one_council", ["kind"], { unique: true, where: "(kind = 'COUNCIL'::text)" })
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
