import { Arg, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import { allowed, authorize } from "../auth/policy.js";
import type { Context } from "../context.js";
import { Gender } from "../council/councillor.js";
import { Receipt } from "../platform/receipts.js";
import { parseInput } from "../platform/validation.js";
import { declareClosedDay } from "./commands/declare-closed-day.js";
import { printServiceRequestReceipt } from "./commands/print-service-request-receipt.js";
import { rateServiceRequest } from "./commands/rate-service-request.js";
import { recordComplaint } from "./commands/record-complaint.js";
import { setServiceRequestStatus } from "./commands/set-service-request-status.js";
import { submitServiceRequest } from "./commands/submit-service-request.js";
import {
  closedDaySchema, ComplaintInput, complaintSchema, monthArgsSchema, queueArgsSchema, ratingSchema, ServiceRequestInput, serviceRequestSchema,
  trendArgsSchema,
} from "./inputs.js";
import { monthKpis, monthsUpTo } from "./kpis.js";
import { Office, OssKpiRow, OssKpis, ServiceRequest, ServiceType } from "./model.js";
import { loadRequest, loadRequests, offices, requestQueue, serviceTypes } from "./queries.js";
import { isClosed, RequestStatus, runningState, SlaState } from "./sla.js";

@Resolver(() => ServiceRequest)
export class OssResolver {
  @Query(() => [ServiceType], { description: "The published service charter: every service with its SLA." })
  async serviceTypes(@Ctx() ctx: Context): Promise<ServiceType[]> {
    return serviceTypes(ctx.services.ds);
  }

  @Query(() => [Office])
  async offices(@Ctx() ctx: Context): Promise<Office[]> {
    return offices(ctx.services.ds);
  }

  @Query(() => ServiceRequest, { nullable: true, description: "A request's status, public: citizens follow their request by its id." })
  async serviceRequest(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<ServiceRequest | null> {
    return (await loadRequests(ctx.services.ds, [id])).get(id) ?? null;
  }

  @Query(() => [ServiceRequest], { description: "OSS_OPERATOR: the queue, most urgent first (open requests by due moment; waiting ones last)." })
  async serviceRequests(
    @Arg("openOnly", () => Boolean, { defaultValue: true }) openOnly: boolean,
    @Arg("officeCode", () => String, { nullable: true }) officeCode: string | null,
    @Arg("limit", () => Int, { defaultValue: 200 }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<ServiceRequest[]> {
    authorize(ctx.actor, "oss.queue");
    const { limit: l } = parseInput(queueArgsSchema, { limit });
    return requestQueue(ctx.services.ds, { openOnly, officeCode, limit: l });
  }

  @Query(() => OssKpis, { description: "The month's One Stop Shop KPIs, all offices and services together." })
  async ossKpis(@Arg("month", () => String) month: string, @Ctx() ctx: Context): Promise<OssKpis> {
    const m = parseInput(monthArgsSchema, { month }).month;
    const [all] = await monthKpis(ctx.services.ds, m);
    return { month: m, ...all };
  }

  @Query(() => [OssKpiRow], { description: "The month's KPIs per office and service type." })
  async ossKpiBreakdown(@Arg("month", () => String) month: string, @Ctx() ctx: Context): Promise<OssKpiRow[]> {
    const m = parseInput(monthArgsSchema, { month }).month;
    const rows = await monthKpis(ctx.services.ds, m, "officeAndType");
    const offices = new Map((await this.offices(ctx)).map((o) => [o.id, o]));
    const types = new Map((await this.serviceTypes(ctx)).map((t) => [t.id, t]));
    return rows
      .filter((r) => r.serviceTypeId && types.has(r.serviceTypeId))
      .map((r) => Object.assign(new OssKpiRow(), r, { month: m, office: offices.get(r.officeId as string), serviceType: types.get(r.serviceTypeId as string) }));
  }

  @Query(() => [OssKpis], { description: "The KPIs of the `months` months up to `month`, oldest first (trend charts)." })
  async ossKpiTrend(@Arg("month", () => String) month: string, @Arg("months", () => Int, { defaultValue: 12 }) months: number, @Ctx() ctx: Context): Promise<OssKpis[]> {
    const p = parseInput(trendArgsSchema, { month, months });
    const out: OssKpis[] = [];
    for (const m of monthsUpTo(p.month, p.months)) {
      const [all] = await monthKpis(ctx.services.ds, m);
      out.push({ month: m, ...all });
    }
    return out;
  }

  // ---- fields computed live from the clock ----

  @FieldResolver(() => SlaState, { description: "ON_TRACK, AT_RISK (< 20 % of the allowed working time left), BREACHED; MET or MISSED once closed." })
  slaState(@Root() r: ServiceRequest, @Ctx() ctx: Context): SlaState {
    if (isClosed(r.status) || r.status === RequestStatus.WAITING_ON_CITIZEN) return r.slaState;
    return runningState(ctx.services.oss.now(), r);
  }

  @FieldResolver(() => Float, { nullable: true, description: "Working minutes left before the due moment (negative when past due); frozen while waiting on the citizen; null once closed." })
  workingMinutesLeft(@Root() r: ServiceRequest, @Ctx() ctx: Context): number | null {
    if (isClosed(r.status)) return null;
    const calendar = ctx.services.oss.calendars.calendar;
    return Math.round(calendar.workingMinutesBetween(r.pausedAt ?? ctx.services.oss.now(), r.dueAt));
  }

  @FieldResolver(() => Float, { nullable: true, description: "Working hours from receipt to completion, less time waiting on the citizen." })
  processingWorkingHours(@Root() r: ServiceRequest): number | null {
    return r.processingMinutes === null ? null : Math.round((r.processingMinutes / 60) * 100) / 100;
  }

  @FieldResolver(() => Gender, { nullable: true, description: "Staff only; null for the public." })
  citizenGender(@Root() r: ServiceRequest, @Ctx() ctx: Context): Gender | null {
    return allowed(ctx.actor, "oss.citizenGender") ? r.citizenGender : null;
  }

  @FieldResolver(() => ServiceType) serviceType(@Root() r: ServiceRequest): ServiceType { return r.serviceType; }
  @FieldResolver(() => Office) office(@Root() r: ServiceRequest): Office { return r.office; }

  // ---- mutations (OSS_OPERATOR) ----

  @Mutation(() => ServiceRequest)
  async submitServiceRequest(@Arg("input", () => ServiceRequestInput) input: ServiceRequestInput, @Ctx() ctx: Context): Promise<ServiceRequest> {
    const actor = authorize(ctx.actor, "oss.operate");
    const props = parseInput(serviceRequestSchema, input);
    const id = await submitServiceRequest(ossDeps(ctx), actor, props);
    return loadRequest(ctx.services.ds, id);
  }

  @Mutation(() => ServiceRequest, { description: "Invalid moves answer CONFLICT. With expectedVersion, a change made on a stale view is refused." })
  async setServiceRequestStatus(
    @Arg("id", () => ID) id: string,
    @Arg("status", () => RequestStatus) status: RequestStatus,
    @Arg("expectedVersion", () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: Context,
  ): Promise<ServiceRequest> {
    const actor = authorize(ctx.actor, "oss.operate");
    await setServiceRequestStatus(ossDeps(ctx), actor, { id, status, expectedVersion });
    return loadRequest(ctx.services.ds, id);
  }

  @Mutation(() => Receipt, {
    description: "OSS_OPERATOR: the counter's receipt for a request, to follow it on /ndiq. The first print issues it; a reprint gives a new code and the old one stops working.",
  })
  async printServiceRequestReceipt(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Receipt> {
    const actor = authorize(ctx.actor, "oss.operate");
    return printServiceRequestReceipt(ossDeps(ctx), actor, id);
  }

  @Mutation(() => ID, { description: "Records a complaint about a request or an office; returns its id." })
  async recordComplaint(@Arg("input", () => ComplaintInput) input: ComplaintInput, @Ctx() ctx: Context): Promise<string> {
    const actor = authorize(ctx.actor, "oss.operate");
    return recordComplaint(ossDeps(ctx), actor, parseInput(complaintSchema, input));
  }

  @Mutation(() => ServiceRequest, { description: "The citizen's satisfaction with a completed request, 1 to 5, once." })
  async rateServiceRequest(@Arg("id", () => ID) id: string, @Arg("rating", () => Int) rating: number, @Ctx() ctx: Context): Promise<ServiceRequest> {
    const actor = authorize(ctx.actor, "oss.operate");
    const props = parseInput(ratingSchema, { requestId: id, rating });
    await rateServiceRequest(ossDeps(ctx), actor, props);
    return loadRequest(ctx.services.ds, id);
  }

  @Mutation(() => Int, { description: "ADMIN: a day the municipality declares closed; returns how many open requests got a new due moment." })
  async declareClosedDay(@Arg("day", () => String) day: string, @Arg("reason", () => String) reason: string, @Ctx() ctx: Context): Promise<number> {
    const actor = authorize(ctx.actor, "oss.calendar");
    const props = parseInput(closedDaySchema, { day, reason });
    const n = await declareClosedDay(ossDeps(ctx), actor, props);
    await ctx.services.oss.calendars.reload();
    return n;
  }

  @Subscription(() => ServiceRequest, {
    description: "Every change of a request, and every SLA state change caused by the clock.",
    subscribe: ({ context }) => (context as Context).services.oss.feed.subscribe("all"),
  })
  serviceRequestUpdated(@Root() r: ServiceRequest): ServiceRequest {
    return r;
  }
}

function ossDeps(ctx: Context) {
  return { ds: ctx.services.ds, calendars: ctx.services.oss.calendars, now: ctx.services.oss.now };
}

