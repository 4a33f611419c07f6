import type { Queryable } from "../platform/db/rows.js";
import type { MinutesConsultationReport } from "../minutes/document.js";
import { consultationReports } from "./queries.js";

/**
 * The consultation reports the published minutes [procesverbal] carry (minutes/document.ts): for each item whose
 * draft was published for comment and drew comments (or had its report published), the report's counts.
 */
export async function minutesConsultationReports(db: Queryable, itemIds: readonly string[]): Promise<Map<string, MinutesConsultationReport>> {
  const reports = await consultationReports(db, itemIds);
  const out = new Map<string, MinutesConsultationReport>();
  for (const [id, r] of reports) {
    if (r.received === 0 && !r.reportPublished) continue;
    out.set(id, {
      received: r.received, online: r.online, paper: r.paper, pending: r.pending, published: r.published, rejected: r.rejected,
      rejectedByReason: Object.fromEntries(r.rejectedByReason.map((c) => [c.reason, c.count])), answered: r.answered,
      byOutcome: Object.fromEntries(r.byOutcome.map((c) => [c.outcome, c.count])),
      byGender: { women: r.women, men: r.men, other: r.otherGender, undisclosed: r.undisclosed },
      reportPublished: r.reportPublished, reportPublishedAt: r.reportPublishedAt?.toISOString() ?? null,
    });
  }
  return out;
}
