import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Councillor } from "../council/councillor.js";
import { DateTimeScalar } from "../platform/scalars.js";

export enum SpeechKind {
  CONTRIBUTION = "CONTRIBUTION", // diskutim
  REPLY = "REPLY", // replikë
  POINT_OF_ORDER = "POINT_OF_ORDER", // çështje procedurale
}
export enum SpeakerStatus {
  WAITING = "WAITING",
  SPEAKING = "SPEAKING",
  DONE = "DONE",
  WITHDRAWN = "WITHDRAWN",
}
registerEnumType(SpeechKind, { name: "SpeechKind", description: "CONTRIBUTION [diskutim], REPLY [replikë], POINT_OF_ORDER [çështje procedurale]." });
registerEnumType(SpeakerStatus, { name: "SpeakerStatus" });

/**
 * A request for the floor [kërkesë për fjalë] on one agenda item, and the speech it
 * became. Withdrawn and finished requests stay on the record (the minutes list them).
 */
@ObjectType({ description: "A place on an agenda item's speakers list: a request for the floor and, once started, the speech." })
@Check("speaker_allotted_seconds_check", "((allotted_seconds >= 10) AND (allotted_seconds <= 7200))")
@Check("speaker_kind_check", "(kind = ANY (ARRAY['CONTRIBUTION'::text, 'REPLY'::text, 'POINT_OF_ORDER'::text]))")
@Check("speaker_status_check", "(status = ANY (ARRAY['WAITING'::text, 'SPEAKING'::text, 'DONE'::text, 'WITHDRAWN'::text]))")
@Check("speaker_times_check", "(((status = 'WAITING'::text) AND (started_at IS NULL) AND (ended_at IS NULL)) OR ((status = 'SPEAKING'::text) AND (started_at IS NOT NULL) AND (ended_at IS NULL)) OR ((status = 'DONE'::text) AND (started_at IS NOT NULL) AND (ended_at IS NOT NULL) AND (ended_at >= started_at)) OR ((status = 'WITHDRAWN'::text) AND (started_at IS NULL) AND (ended_at IS NOT NULL)))")
@Index("speaker_one_speaking_per_session", ["sessionId"], { unique: true, where: "(status = 'SPEAKING'::text)" })
@Index("speaker_one_waiting_per_councillor", ["agendaItemId", "councillorId"], { unique: true, where: "(status = 'WAITING'::text)" })
@Index("speaker_session", ["sessionId", "requestedAt"])
@Index("speaker_councillor", ["councillorId"])
@Entity({ name: "speaker" })
export class Speaker {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "session_id" })
  sessionId: string;

  @Field(() => ID)
  @Column({ type: "uuid", name: "agenda_item_id" })
  agendaItemId: string;

  @Column({ type: "uuid", name: "councillor_id" })
  councillorId: string;

  @Field(() => Councillor)
  councillor: Councillor;

  @Field(() => SpeechKind)
  @Column({ type: "text" })
  kind: SpeechKind;

  @Field(() => SpeakerStatus)
  @Column({ type: "text", default: SpeakerStatus.WAITING })
  status: SpeakerStatus;

  @Field(() => DateTimeScalar)
  @Column({ type: "timestamptz", name: "requested_at", default: () => "clock_timestamp()" })
  requestedAt: Date;

  @Column({ type: "uuid", name: "requested_by" })
  requestedBy: string;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: "timestamptz", name: "started_at", nullable: true })
  startedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the speech ended, or when the request was withdrawn." })
  @Column({ type: "timestamptz", name: "ended_at", nullable: true })
  endedAt: Date | null;

  @Field(() => Int, { description: "The limit for this speech, in seconds: the body's default for its kind unless the secretariat gave another at the start." })
  @Column({ type: "int", name: "allotted_seconds" })
  allottedSeconds: number;

  // spokenSeconds and overtime are field resolvers (floor/floor-resolver.ts): they run on the server's clock at the time of the answer.

  // The foreign keys, declared for the schema check (entities.ts); never loaded: reads are SQL.
  @ManyToOne("AgendaItem") @JoinColumn([
    { name: "session_id", referencedColumnName: "sessionId", foreignKeyConstraintName: "speaker_session_id_agenda_item_id_fkey" },
    { name: "agenda_item_id", referencedColumnName: "id", foreignKeyConstraintName: "speaker_session_id_agenda_item_id_fkey" },
  ]) private readonly agendaItemFk?: object;
  @ManyToOne("Councillor") @JoinColumn({ name: "councillor_id", foreignKeyConstraintName: "speaker_councillor_id_fkey" }) private readonly councillorFk?: object;
  @ManyToOne("User") @JoinColumn({ name: "requested_by", foreignKeyConstraintName: "speaker_requested_by_fkey" }) private readonly requestedByFk?: object;
}
