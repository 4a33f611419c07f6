import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { recordAudit } from "../../platform/audit/record.js";
import { transaction } from "../../platform/db/transaction.js";
import { conflict, notFound } from "../../platform/errors.js";
import { draftRows, liveCounts } from "../queries.js";
import { reportPublicationRefusal } from "../rules.js";

/**
 * Publishes an item's consultation report [raporti i konsultimit]: allowed once every comment is moderated and
 * every published comment answered (comments/rules.ts reportPublicationRefusal), whether or not the comment
 * period has ended. Its figures are stored as published and are final; no new comment is taken on the draft
 * after it (a late one would not be in the report), so publishing it also closes the draft for comment early.
 * The item's comments are locked FOR UPDATE so a moderation at the same moment comes before or after.
 */
export async function publishConsultationReport(ds: DataSource, actor: Actor, now: Date, agendaItemId: string): Promise<void> {
  await transaction(ds, async (tx) => {
    const [draft] = await draftRows(tx, [agendaItemId]);
    if (!draft) throw notFound("agenda item", agendaItemId);
    if (!draft.draft_published_at) throw conflict(`"${draft.title}" has no draft published for comment, so no consultation report.`);
    await tx.query("SELECT id FROM agenda_item WHERE id = $1 FOR UPDATE", [agendaItemId]);
    await tx.query("SELECT id FROM draft_comment WHERE agenda_item_id = $1 FOR UPDATE", [agendaItemId]);
    const [published]: unknown[] = await tx.query("SELECT 1 FROM consultation_report WHERE agenda_item_id = $1", [agendaItemId]);
    const counts = (await liveCounts(tx, [agendaItemId])).get(agendaItemId)!;
    const refusal = reportPublicationRefusal(counts, published !== undefined);
    if (refusal) throw conflict(refusal);
    await tx.query("INSERT INTO consultation_report (agenda_item_id, published_at, published_by, figures) VALUES ($1, $2, $3, $4::jsonb)",
      [agendaItemId, now, actor.userId, JSON.stringify(counts)]);
    await recordAudit(tx, actor, {
      action: "publishConsultationReport", subjectType: "consultation_report", subjectId: agendaItemId,
      after: { received: counts.received, published: counts.published, rejected: counts.rejected, answered: counts.answered },
    });
  });
}
