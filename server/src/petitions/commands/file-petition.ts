import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import type { WorkingCalendar } from "../../calendar/working-calendar.js";
import { recordAudit } from "../../platform/audit/record.js";
import { transaction } from "../../platform/db/transaction.js";
import { badInput } from "../../platform/errors.js";
import { issueReceipt, type Receipt, ReceiptKind } from "../../platform/receipts.js";
import type { PetitionProps } from "../inputs.js";
import { PetitionChannel } from "../model.js";
import { reviewDueAt } from "../rules.js";

export type FilePetitionProps = PetitionProps & { channel: PetitionChannel; receivedAt: Date | null };

/**
 * Files a petition: online by anyone (no account: `actor` is null, received now) or from paper by the
 * secretariat (received when the letter arrived, which may be earlier). The 60 days of its review count from
 * its receipt (rules.ts), with the working calendar of today. The petition, its receipt and the audit event
 * commit together; the event holds ids, the channel, dates and counts, never the petitioner's details or the
 * signatures.
 */
export async function filePetition(
  ds: DataSource, actor: Actor | null, now: Date, calendar: WorkingCalendar, props: FilePetitionProps,
): Promise<{ petitionId: string; receipt: Receipt }> {
  const receivedAt = props.channel === PetitionChannel.PAPER ? props.receivedAt ?? now : now;
  if (receivedAt.getTime() > now.getTime() + 60_000) throw badInput("receivedAt: a petition cannot be received in the future.", { receivedAt: "in the future" });
  const lines = props.signatureList ? props.signatureList.split("\n").filter((l) => l.trim() !== "").length : 0;
  if (lines > props.signaturesCount) {
    throw badInput(`signaturesCount: the signature list has ${lines} names, more than the ${props.signaturesCount} signatures given; correct the count.`, { signaturesCount: "fewer than the list" });
  }
  return transaction(ds, async (tx) => {
    const [{ id }]: { id: string }[] = await tx.query(
      `INSERT INTO petition (petitioner_kind, petitioner_name, contact_email, contact_phone, title, body, signatures_count, signature_list,
         channel, received_at, review_due_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [props.petitionerKind, props.petitionerName, props.contactEmail, props.contactPhone, props.title, props.text, props.signaturesCount,
        props.signatureList, props.channel, receivedAt, reviewDueAt(receivedAt, calendar), actor?.userId ?? null],
    );
    const receipt = await issueReceipt(tx, ReceiptKind.PETITION, id, receivedAt);
    await recordAudit(tx, actor, {
      action: props.channel === PetitionChannel.PAPER ? "registerPetition" : "submitPetition", subjectType: "petition", subjectId: id,
      after: {
        channel: props.channel, petitionerKind: props.petitionerKind, receivedAt, reference: receipt.reference,
        signaturesCount: props.signaturesCount, signatureListLines: lines, textLength: props.text.length,
      },
    });
    return { petitionId: id, receipt };
  });
}
