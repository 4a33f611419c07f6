import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { badInput } from "../platform/errors.js";
import { consultationReports } from "../comments/queries.js";
import { CONSULTATION_WOMEN_TARGET_PCT, participationShare, parsePeriod } from "../initiatives/gender-indicator.js";
import { CONSULTATION_NOTICE_DAYS } from "../initiatives/rules.js";
import { consultationStatsFor, initiativeGenderStatsFor } from "../initiatives/stats.js";
import { COMMENT_PERIOD_WORKING_DAYS, commentWorkingDays } from "../transparency/drafts.js";
import { MINUTES_DEADLINE_HOURS } from "../minutes/document.js";
import { clockOf, petitionRows } from "../petitions/queries.js";
import { answerLate, reviewLate } from "../petitions/rules.js";
import { NOTICE_DAYS, voteMomentOf } from "../sessions/rules.js";

@ObjectType({ description: "One indicator of the integrity and transparency plans, with its target." })
export class ScorecardIndicator {
  @Field(() => String, { description: "notice | minutes | drafts | declarations | initiativesByWomen | consultationWomen | consultationReports | commentsAnswered | petitionsReviewed | petitionsAnswered | documentRequests | consultationNotice | participationWomen" }) key: string;
  @Field(() => Float, { nullable: true, description: "The figure: a percentage, or a count for declarations; null when nothing to measure." }) value: number | null;
  @Field(() => Float, { nullable: true }) target: number | null;
  @Field(() => String, { description: "PERCENT or COUNT" }) unit: string;
  @Field(() => Int, { nullable: true }) numerator: number | null;
  @Field(() => Int, { nullable: true }) denominator: number | null;
  @Field(() => Boolean, { nullable: true, description: "Whether the target is met; null without a target or a figure." }) met: boolean | null;
}

@ObjectType()
export class TransparencyScorecard {
  @Field(() => String) period: string;
  @Field(() => [ScorecardIndicator]) indicators: ScorecardIndicator[];
}

const pct = (n: number, d: number) => (d === 0 ? null : Math.round((10000 * n) / d) / 100);
const percent = (key: string, n: number, d: number, target: number): ScorecardIndicator => {
  const value = pct(n, d);
  return { key, value, target, unit: "PERCENT", numerator: n, denominator: d, met: value === null ? null : value >= target };
};

/**
 * The council's transparency scorecard for a half-year: the plans' indicators at
 * a glance, each with its target (Kaçanik plan: notice; Elbasan plan OS-2:
 * minutes within 48 h and 10 working days of comment on drafts; OS-1: ad-hoc
 * declarations; OS-4: initiatives by women and women in consultations; issue 16:
 * drafts with a published consultation report, comments answered, petitions
 * reviewed in 60 days and answered in 15, document requests answered on time,
 * consultations announced 14 days ahead, women among all participants).
 */
@Resolver()
export class ScorecardResolver {
  @Query(() => TransparencyScorecard)
  async transparencyScorecard(@Arg("period", () => String) periodLabel: string, @Ctx() ctx: Context): Promise<TransparencyScorecard> {
    const p = parsePeriod(periodLabel);
    if (!p) throw badInput(`period: must be a half-year like "2026-H1" or "2026-H2"; got "${periodLabel}".`, { period: "invalid" });
    const ds = ctx.services.ds;
    const range = [p.start, p.end];
    // The rules' own numbers as parameters (sessions/rules.ts, minutes/document.ts), in hours, as the rule modules count.
    const [notice] = await ds.query(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE s.announced_at <= s.scheduled_at
                - make_interval(hours => 24 * CASE b.kind WHEN 'COUNCIL' THEN $3::int ELSE $4::int END))::int AS on_time
       FROM council_session s JOIN body b ON b.id = s.body_id WHERE s.scheduled_at >= $1 AND s.scheduled_at < $2`,
      [...range, NOTICE_DAYS.COUNCIL, NOTICE_DAYS.COMMITTEE]);
    const [minutes] = await ds.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE m.published_at <= s.closed_at + make_interval(hours => $3::int))::int AS on_time
       FROM council_session s LEFT JOIN minutes m ON m.session_id = s.id
       WHERE s.status = 'CLOSED' AND s.closed_at >= $1 AND s.closed_at < $2`, [...range, MINUTES_DEADLINE_HOURS]);
    // Drafts whose vote moment (sessions/rules.ts's voteMomentOf) falls in the period.
    const draftRows: { id: string; draft_published_at: Date; scheduled_at: Date; first_vote_at: Date | null }[] = await ds.query(
      `SELECT i.id, i.draft_published_at, s.scheduled_at, min(v.opened_at) AS first_vote_at
       FROM agenda_item i JOIN council_session s ON s.id = i.session_id LEFT JOIN vote v ON v.agenda_item_id = i.id
       WHERE i.draft_published_at IS NOT NULL GROUP BY i.id, s.scheduled_at`);
    const drafts = draftRows
      .map((d) => ({ id: d.id, draft_published_at: d.draft_published_at, vote_at: voteMomentOf(d.scheduled_at, d.first_vote_at ? [d.first_vote_at] : []) }))
      .filter((d) => d.vote_at >= p.start && d.vote_at < p.end);
    const calendar = ctx.services.calendar.calendar;
    const fullPeriod = drafts.filter((d) => commentWorkingDays(calendar, d.draft_published_at, d.vote_at) >= COMMENT_PERIOD_WORKING_DAYS).length;
    const [declarations] = await ds.query(
      "SELECT count(*)::int AS total, count(*) FILTER (WHERE recused)::int AS recused FROM declaration WHERE filed_at >= $1 AND filed_at < $2", range);
    const initiatives = await initiativeGenderStatsFor(ds, p);
    const consultation = await consultationStatsFor(ds, p);
    // Comments on those drafts: the comments area's own consultation reports (published figures when final, else live).
    const reports = [...(await consultationReports(ds, drafts.map((d) => d.id))).values()];
    const commentsPublished = reports.reduce((a, r) => a + r.published, 0);
    const commentsAnswered = reports.reduce((a, r) => a + r.answered, 0);
    // Notice of consultations and public meetings held (or due) in the period: the 14 days of initiatives/rules.ts,
    // in hours as isLateAnnouncement counts them (announced at least 14 × 24 h before).
    const [consultationNotice] = await ds.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE announced_at <= held_at - make_interval(hours => 24 * $3::int))::int AS on_time
       FROM consultation WHERE held_at >= $1 AND held_at < $2`, [...range, CONSULTATION_NOTICE_DAYS]);
    // Women among those who took part: consultations' participants and the commenters who gave a gender.
    const participation = participationShare([
      { women: consultation.women, men: consultation.participants - consultation.women, other: 0 },
      ...reports.map((r) => ({ women: r.women, men: r.men, other: r.otherGender })),
    ]);
    // Petitions, by the petitions area's own late marks (petitions/rules.ts) on the server's clock: reviews of the
    // petitions received in the period whose review is done or due, answers of those discussed in it likewise.
    const now = ctx.services.oss.now();
    const received = (await petitionRows(ds, "WHERE p.received_at >= $1 AND p.received_at < $2", range)).map(clockOf)
      .filter((c) => c.discussedAt || c.rejectedAt || c.reviewDueAt < now);
    const discussed = (await petitionRows(ds, "WHERE p.discussed_at >= $1 AND p.discussed_at < $2", range)).map(clockOf)
      .filter((c) => c.answeredAt || (c.answerDueAt && c.answerDueAt < now));
    // Requests for public documents received in the period, answered or past due: on time is the SLA state the
    // area stored when it closed one (document-requests/rules.ts closedClock: MET).
    const [documents] = await ds.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE sla_state = 'MET')::int AS on_time FROM document_request
       WHERE received_at >= $1 AND received_at < $2 AND (status = 'CLOSED' OR due_at < $3)`, [...range, now]);
    const byWomen: ScorecardIndicator = {
      key: "initiativesByWomen", value: initiatives.womenSharePct, target: initiatives.womenSeatSharePct, unit: "PERCENT",
      numerator: initiatives.byWomen, denominator: initiatives.total,
      met: initiatives.womenSharePct === null ? null : initiatives.womenSharePct >= initiatives.womenSeatSharePct,
    };
    return {
      period: p.label,
      indicators: [
        percent("notice", notice.on_time, notice.total, 100),
        percent("minutes", minutes.on_time, minutes.total, 100),
        percent("drafts", fullPeriod, drafts.length, 100),
        { key: "declarations", value: declarations.total, target: null, unit: "COUNT", numerator: declarations.recused, denominator: declarations.total, met: null },
        byWomen,
        percent("consultationWomen", consultation.women, consultation.participants, CONSULTATION_WOMEN_TARGET_PCT),
        percent("consultationReports", reports.filter((r) => r.reportPublished).length, drafts.length, 100),
        percent("commentsAnswered", commentsAnswered, commentsPublished, 100),
        percent("petitionsReviewed", received.filter((c) => !reviewLate(c, now)).length, received.length, 100),
        percent("petitionsAnswered", discussed.filter((c) => !answerLate(c, now)).length, discussed.length, 100),
        percent("documentRequests", documents.on_time, documents.total, 100),
        percent("consultationNotice", consultationNotice.on_time, consultationNotice.total, 100),
        percent("participationWomen", participation.women, participation.participants, CONSULTATION_WOMEN_TARGET_PCT),
      ],
    };
  }
}
