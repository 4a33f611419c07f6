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
@Check("body_contribution_seconds_check", "((contribution_seconds >= 10) AND (contribution_seconds <= 3600))")
@Check("body_reply_seconds_check", "((reply_seconds >= 10) AND (reply_seconds <= 3600))")
@Check("body_functions_check", "((functions IS NULL) OR (length(functions) <= 4000))")
@Check("body_point_of_order_seconds_check", "((point_of_order_seconds >= 10) AND (point_of_order_seconds <= 3600))")
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

  // Default speaking time per kind of speech, in seconds (the floor; the query speakingTimes shows them).
  @Column({ type: "int", name: "contribution_seconds", default: 300 }) contributionSeconds?: number;
  @Column({ type: "int", name: "reply_seconds", default: 120 }) replySeconds?: number;
  @Column({ type: "int", name: "point_of_order_seconds", default: 60 }) pointOfOrderSeconds?: number;
  // A committee's functions and mandate [funksionet]; the Committee type shows them (committees/).
  @Column({ type: "text", nullable: true }) functions?: string | null;
  // Goes up with every change to a committee or its memberships (committees/command.ts).
  @Column({ type: "int", default: 1 }) version?: number;
}

@ObjectType({ description: "Default speaking time per kind of speech, in seconds, for one body (the council or a committee); the ADMIN sets them." })
export class SpeakingTimes {
  @Field(() => ID) bodyId: string;
  @Field(() => Int, { description: "A contribution [diskutim]." }) contribution: number;
  @Field(() => Int, { description: "A reply [replikë]." }) reply: number;
  @Field(() => Int, { description: "A point of order [çështje procedurale]." }) pointOfOrder: number;
}
