import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { Gender } from "../council/councillor.js";
import { DateTimeScalar } from "../platform/scalars.js";
import { RequestStatus, SlaState } from "./sla.js";

registerEnumType(RequestStatus, { name: "ServiceRequestStatus" });
registerEnumType(SlaState, { name: "SlaState" });

export enum OfficeKind {
  CENTRAL = "CENTRAL",
  UNIT = "UNIT",
}
registerEnumType(OfficeKind, { name: "OfficeKind", description: "The central One Stop Shop or an administrative unit's office." });

@ObjectType()
@Entity({ name: "office" })
export class Office {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Field(() => String) @Column({ type: "text" }) code: string;
  @Field(() => String) @Column({ type: "text" }) name: string;
  @Field(() => OfficeKind) @Column({ type: "text" }) kind: OfficeKind;
}

/** A service of the published charter [shërbim], with its SLA. */
@ObjectType()
@Entity({ name: "service_type" })
export class ServiceType {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Field(() => String) @Column({ type: "text" }) code: string;
  @Field(() => String, { description: "The Albanian name (nameEn in English)." }) name: string;
  @Field(() => String) @Column({ type: "text", name: "name_sq" }) nameSq: string;
  @Field(() => String) @Column({ type: "text", name: "name_en" }) nameEn: string;
  @Field(() => String) @Column({ type: "text" }) category: string;
  @Field(() => Int, { description: "Published SLA in working days; 0 for same-day services measured in working hours." })
  slaWorkingDays: number;
  @Field(() => Int, { nullable: true, description: "Published SLA in working hours, for same-day services." })
  @Column({ type: "int", name: "sla_working_hours", nullable: true }) slaWorkingHours: number | null;
  @Column({ type: "int", name: "sla_working_days", nullable: true }) slaDays: number | null;
}

@ObjectType()
@Entity({ name: "service_request" })
export class ServiceRequest {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Field(() => String) @Column({ type: "text" }) reference: string;
  @Column({ type: "uuid", name: "service_type_id" }) serviceTypeId: string;
  @Column({ type: "uuid", name: "office_id" }) officeId: string;
  @Field(() => RequestStatus) @Column({ type: "text" }) status: RequestStatus;
  @Field(() => DateTimeScalar) @Column({ type: "timestamptz", name: "received_at" }) receivedAt: Date;
  @Field(() => DateTimeScalar, { description: "Moves later while the request waits on the citizen." })
  @Column({ type: "timestamptz", name: "due_at" }) dueAt: Date;
  @Column({ type: "timestamptz", name: "at_risk_at" }) atRiskAt: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: "When it was completed or rejected." })
  @Column({ type: "timestamptz", name: "completed_at", nullable: true }) completedAt: Date | null;
  @Field(() => SlaState) @Column({ type: "text", name: "sla_state" }) slaState: SlaState;
  @Field(() => Int) @Column({ type: "int", name: "allowed_minutes" }) allowedWorkingMinutes: number;
  @Field(() => DateTimeScalar, { nullable: true }) @Column({ type: "timestamptz", name: "paused_at", nullable: true }) pausedAt: Date | null;
  @Column({ type: "numeric", name: "waiting_minutes" }) waitingMinutes: number;
  @Column({ type: "numeric", name: "processing_minutes", nullable: true }) processingMinutes: number | null;
  @Column({ type: "text", name: "citizen_gender", nullable: true }) citizenGender: Gender | null;
  @Field(() => Int) @Column({ type: "int" }) version: number;
  /** Filled by the loader. */
  serviceType: ServiceType;
  office: Office;
}

@ObjectType()
export class OssKpis {
  @Field(() => String, { description: '"2026-12"' }) month: string;
  @Field(() => Int) received: number;
  @Field(() => Int) completed: number;
  @Field(() => Float, { nullable: true, description: "null when nothing was completed" }) completedWithinSlaPct: number | null;
  @Field(() => Float, { nullable: true }) avgProcessingWorkingHours: number | null;
  @Field(() => Float, { nullable: true }) medianProcessingWorkingHours: number | null;
  @Field(() => Int, { description: "Requests received this month that are still open and past due now." }) openBreaches: number;
  @Field(() => Int) complaints: number;
  @Field(() => Float, { nullable: true }) avgSatisfaction: number | null;
  @Field(() => Int) ratings: number;
  @Field(() => Int, { description: "Received from women (where the citizen gave a gender)." }) receivedFromWomen: number;
  @Field(() => Int) receivedFromMen: number;
  @Field(() => Int, { description: "Received with gender OTHER, UNDISCLOSED or not given." }) receivedGenderUnknown: number;
}

@ObjectType({ description: "The month's KPIs for one office and service type." })
export class OssKpiRow extends OssKpis {
  @Field(() => Office) office: Office;
  @Field(() => ServiceType) serviceType: ServiceType;
}
