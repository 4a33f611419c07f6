import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { Gender } from "../council/councillor.js";
import { DateTimeScalar } from "../platform/scalars.js";
import { RequestStatus, SlaState } from "./sla.js";

registerEnumType(RequestStatus, { name: "ServiceRequestStatus" });

export enum OfficeKind {
  CENTRAL = "CENTRAL",
  UNIT = "UNIT",
}
registerEnumType(OfficeKind, { name: "OfficeKind", description: "The central One Stop Shop or an administrative unit's office." });

@ObjectType()
@Check("office_code_check", "(code ~ '^[A-Z0-9-]{2,20}$'::text)")
@Unique("office_code_key", ["code"])
@Check("office_kind_check", "(kind = ANY (ARRAY['CENTRAL'::text, 'UNIT'::text]))")
@Check("office_name_check", "((length(btrim(name)) >= 1) AND (length(btrim(name)) <= 200))")
@Entity({ name: "office" })
export class Office {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Field(() => String) @Column({ type: "text" }) code: string;
  @Field(() => String) @Column({ type: "text" }) name: string;
  @Field(() => OfficeKind) @Column({ type: "text" }) kind: OfficeKind;
}

/** A service of the published charter [shërbim], with its SLA. */
@ObjectType()
@Check("service_type_category_check", "((length(btrim(category)) >= 1) AND (length(btrim(category)) <= 100))")
@Check("service_type_check", "((sla_working_days IS NULL) <> (sla_working_hours IS NULL))")
@Check("service_type_code_check", "(code ~ '^[A-Z0-9-]{2,20}$'::text)")
@Unique("service_type_code_key", ["code"])
@Check("service_type_name_en_check", "((length(btrim(name_en)) >= 1) AND (length(btrim(name_en)) <= 200))")
@Check("service_type_name_sq_check", "((length(btrim(name_sq)) >= 1) AND (length(btrim(name_sq)) <= 200))")
@Check("service_type_sla_working_days_check", "((sla_working_days >= 1) AND (sla_working_days <= 365))")
@Check("service_type_sla_working_hours_check", "((sla_working_hours >= 1) AND (sla_working_hours <= 8))")
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
@Check("service_request_allowed_minutes_check", "(allowed_minutes > 0)")
@Check("service_request_check", "((status = ANY (ARRAY['COMPLETED'::text, 'REJECTED'::text])) = (completed_at IS NOT NULL))")
@Check("service_request_check1", "((status = ANY (ARRAY['COMPLETED'::text, 'REJECTED'::text])) = (sla_state = ANY (ARRAY['MET'::text, 'MISSED'::text])))")
@Check("service_request_check2", "((status = 'WAITING_ON_CITIZEN'::text) = (paused_at IS NOT NULL))")
@Check("service_request_check3", "((completed_at IS NULL) OR (completed_at >= received_at))")
@Check("service_request_citizen_gender_check", "(citizen_gender = ANY (ARRAY['FEMALE'::text, 'MALE'::text, 'OTHER'::text, 'UNDISCLOSED'::text]))")
@Check("service_request_processing_minutes_check", "(processing_minutes >= (0)::numeric)")
@Check("service_request_reference_check", "((length(reference) >= 3) AND (length(reference) <= 40))")
@Unique("service_request_reference_key", ["reference"])
@Check("service_request_sla_state_check", "(sla_state = ANY (ARRAY['ON_TRACK'::text, 'AT_RISK'::text, 'BREACHED'::text, 'MET'::text, 'MISSED'::text]))")
@Check("service_request_status_check", "(status = ANY (ARRAY['RECEIVED'::text, 'IN_PROGRESS'::text, 'WAITING_ON_CITIZEN'::text, 'COMPLETED'::text, 'REJECTED'::text]))")
@Check("service_request_waiting_minutes_check", "(waiting_minutes >= (0)::numeric)")
@Index("service_request_clock", ["nextCheckAt"], { where: "(next_check_at IS NOT NULL)" })
// INCLUDE columns are beyond TypeORM's index model: these two are named only, their definitions are the migration's.
@Index("service_request_completed", { synchronize: false })
@Index("service_request_open", ["dueAt"], { where: "(status <> ALL (ARRAY['COMPLETED'::text, 'REJECTED'::text]))" })
@Index("service_request_received", { synchronize: false })
@Entity({ name: "service_request" })
export class ServiceRequest {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Field(() => String) @Column({ type: "text" }) reference: string;
  @Column({ type: "uuid", name: "service_type_id" }) serviceTypeId: string;
  @Column({ type: "uuid", name: "office_id" }) officeId: string;
  @Field(() => RequestStatus) @Column({ type: "text", default: RequestStatus.RECEIVED }) status: RequestStatus;
  @Field(() => DateTimeScalar) @Column({ type: "timestamptz", name: "received_at" }) receivedAt: Date;
  @Field(() => DateTimeScalar, { description: "Moves later while the request waits on the citizen." })
  @Column({ type: "timestamptz", name: "due_at" }) dueAt: Date;
  @Column({ type: "timestamptz", name: "at_risk_at" }) atRiskAt: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: "When it was completed or rejected." })
  @Column({ type: "timestamptz", name: "completed_at", nullable: true }) completedAt: Date | null;
  @Field(() => SlaState) @Column({ type: "text", name: "sla_state" }) slaState: SlaState;
  @Field(() => Int) @Column({ type: "int", name: "allowed_minutes" }) allowedWorkingMinutes: number;
  @Field(() => DateTimeScalar, { nullable: true }) @Column({ type: "timestamptz", name: "paused_at", nullable: true }) pausedAt: Date | null;
  @Column({ type: "numeric", name: "waiting_minutes", default: 0 }) waitingMinutes: number;
  @Column({ type: "numeric", name: "processing_minutes", nullable: true }) processingMinutes: number | null;
  @Column({ type: "text", name: "citizen_gender", nullable: true }) citizenGender: Gender | null;
  @Field(() => Int) @Column({ type: "int", default: 1 }) version: number;
  // Kept by the database (the SLA clock's bookkeeping, the author); not part of the API.
  @Column({ type: "timestamptz", name: "next_check_at", nullable: true }) nextCheckAt?: Date | null;
  @Column({ type: "numeric", name: "remaining_at_pause", nullable: true }) remainingAtPause?: string | null;
  @Column({ type: "uuid", name: "created_by", nullable: true }) createdBy?: string | null;
  /** Filled by the loader. */
  serviceType: ServiceType;
  office: Office;
  // The foreign keys, declared for the schema check (entities.ts); never loaded: reads are SQL.
  @ManyToOne("ServiceType") @JoinColumn({ name: "service_type_id", foreignKeyConstraintName: "service_request_service_type_id_fkey" }) private readonly serviceTypeFk?: object;
  @ManyToOne("Office") @JoinColumn({ name: "office_id", foreignKeyConstraintName: "service_request_office_id_fkey" }) private readonly officeFk?: object;
  @ManyToOne("User") @JoinColumn({ name: "created_by", foreignKeyConstraintName: "service_request_created_by_fkey" }) private readonly createdByFk?: object;
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
