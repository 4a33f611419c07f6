import { createHash, randomInt } from "node:crypto";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import type { DataSource, EntityManager } from "typeorm";
import { SlaState } from "./deadlines/state.js";
import { DateTimeScalar } from "./scalars.js";

/**
 * Receipts [ndiq kërkesën] (issue 16 point 6): every citizen's filing gets a public reference and a short
 * secret code. Reference + code open the filing's public tracking page (`/ndiq`), which shows its status,
 * due moment, SLA state and history, never personal data. Only the code's SHA-256 is kept: the code is shown
 * once (online, or printed at the counter); a reprint issues a new code, and the old one stops working.
 * Wrong codes are rate-limited like logins (publishing/tracking.ts).
 */
export enum ReceiptKind {
  SERVICE_REQUEST = "SERVICE_REQUEST",
  DRAFT_COMMENT = "DRAFT_COMMENT",
  PETITION = "PETITION",
  DOCUMENT_REQUEST = "DOCUMENT_REQUEST",
}
registerEnumType(ReceiptKind, { name: "ReceiptKind", description: "What a receipt tracks." });

/** The reference's two letters, by kind: SH (shërbim), KO (koment), PT (peticion), KD (kërkesë për dokument). */
const PREFIX: Record<ReceiptKind, string> = {
  [ReceiptKind.SERVICE_REQUEST]: "SH",
  [ReceiptKind.DRAFT_COMMENT]: "KO",
  [ReceiptKind.PETITION]: "PT",
  [ReceiptKind.DOCUMENT_REQUEST]: "KD",
};

/** No 0/O, 1/I/L: a code read off paper and typed on a phone. 8 characters of 31: about 40 bits. */
const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const CODE_LENGTH = 8;

@ObjectType({ description: "What a citizen keeps of a filing: its reference and secret code (shown once)." })
export class Receipt {
  @Field(() => String, { description: "Public reference, e.g. PT-2026-00042." }) reference: string;
  @Field(() => String, { description: "Secret code, e.g. K7QM-3XTD: with the reference it opens /ndiq. Shown only in this answer." }) code: string;
  @Field(() => ReceiptKind) kind: ReceiptKind;
}

/** The code as typed: case, spaces and dashes do not matter. */
export function normalCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "");
}

/** The reference as typed: case and spaces do not matter. */
export function normalReference(reference: string): string {
  return reference.toUpperCase().replace(/\s/g, "");
}

const codeSha256 = (reference: string, code: string) => createHash("sha256").update(`${reference}\n${normalCode(code)}`).digest("hex");

function newCode(): string {
  let c = "";
  for (let i = 0; i < CODE_LENGTH; i++) c += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${c.slice(0, 4)}-${c.slice(4)}`;
}

/** A receipt for a new filing, written in the filing's own transaction (so they commit together). */
export async function issueReceipt(tx: EntityManager, kind: ReceiptKind, subjectId: string, at: Date): Promise<Receipt> {
  const [{ n }]: { n: string }[] = await tx.query("SELECT nextval('receipt_number_seq')::text AS n");
  const year = new Intl.DateTimeFormat("en", { timeZone: "Europe/Tirane", year: "numeric" }).format(at);
  const reference = `${PREFIX[kind]}-${year}-${n.padStart(5, "0")}`;
  const code = newCode();
  await tx.query("INSERT INTO receipt (reference, kind, subject_id, code_sha256) VALUES ($1, $2, $3, $4)", [reference, kind, subjectId, codeSha256(reference, code)]);
  return { reference, code, kind };
}

/** A new code for a filing's receipt (the counter's reprint): the old code stops working. Null: no receipt. */
export async function renewReceiptCode(tx: EntityManager, kind: ReceiptKind, subjectId: string): Promise<Receipt | null> {
  const rows: { reference: string }[] = await tx.query("SELECT reference FROM receipt WHERE kind = $1 AND subject_id = $2 FOR UPDATE", [kind, subjectId]);
  if (rows.length === 0) return null;
  const code = newCode();
  await tx.query("UPDATE receipt SET code_sha256 = $2 WHERE reference = $1", [rows[0].reference, codeSha256(rows[0].reference, code)]);
  return { reference: rows[0].reference, code, kind };
}

/** The reference of a filing's receipt, for the secretariat's and the counter's views. */
export async function receiptReferences(ds: DataSource | EntityManager, kind: ReceiptKind, subjectIds: readonly string[]): Promise<Map<string, string>> {
  if (subjectIds.length === 0) return new Map();
  const rows: { subject_id: string; reference: string }[] = await ds.query(
    "SELECT subject_id, reference FROM receipt WHERE kind = $1 AND subject_id = ANY($2::uuid[])", [kind, subjectIds]);
  return new Map(rows.map((r) => [r.subject_id, r.reference]));
}

/** The filing a reference + code opens, or null when either is wrong (the caller counts the failure). */
export async function openReceipt(ds: DataSource, reference: string, code: string): Promise<{ reference: string; kind: ReceiptKind; subjectId: string } | null> {
  const ref = normalReference(reference);
  const rows: { kind: ReceiptKind; subject_id: string }[] = await ds.query(
    "SELECT kind, subject_id FROM receipt WHERE reference = $1 AND code_sha256 = $2", [ref, codeSha256(ref, code)]);
  return rows.length ? { reference: ref, kind: rows[0].kind, subjectId: rows[0].subject_id } : null;
}

@ObjectType({ description: "One step of a tracked filing's history." })
export class TrackedStep {
  @Field(() => DateTimeScalar) at: Date;
  @Field(() => String, { description: "The filing's status from this moment (its own area's status name, e.g. UNDER_REVIEW)." }) status: string;
  @Field(() => String, { nullable: true, description: "A public note of the step (e.g. the reason for an extension), never personal data." }) note: string | null;
}

/**
 * What `/ndiq` shows of a filing: each area answers this for its own kind, with no personal data
 * (no name, e-mail, signature list or requester).
 */
@ObjectType({ description: "A filing as its receipt shows it: status, due moment, SLA state and history, no personal data." })
export class TrackedRequest {
  @Field(() => String) reference: string;
  @Field(() => ReceiptKind) kind: ReceiptKind;
  @Field(() => String, { description: "What was filed, e.g. the service's or the petition's title." }) title: string;
  @Field(() => String, { description: "Its status now (the area's status name)." }) status: string;
  @Field(() => DateTimeScalar) receivedAt: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: "When the municipality must act by (null when nothing is due)." }) dueAt: Date | null;
  @Field(() => SlaState, { nullable: true, description: "ON_TRACK/AT_RISK/BREACHED while open, MET/MISSED once done; null where no deadline runs." }) slaState: SlaState | null;
  @Field(() => [TrackedStep]) history: TrackedStep[];
}

/** An area's answer for one of its filings (null: it no longer exists, e.g. deleted after the retention period). */
/** `now` is the server's clock (tests drive it), for states computed when read. */
export type TrackingSource = (ds: DataSource, subjectId: string, reference: string, now: Date) => Promise<TrackedRequest | null>;
