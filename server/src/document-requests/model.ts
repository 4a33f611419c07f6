import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { SlaState } from "../platform/deadlines/state.js";
import { Receipt } from "../platform/receipts.js";
import { DateTimeScalar } from "../platform/scalars.js";

/**
 * Requests for access to public documents [kërkesa për qasje në dokumente publike] (issue 16 point 3).
 * Read and written in SQL (queries.ts, commands/); these are the GraphQL types. The public type has no field
 * for the requester at all; the secretariat's `DocumentRequestCase` adds them, behind `documentRequest.manage`.
 */
export enum DocumentRequestChannel {
  ONLINE = "ONLINE",
  COUNTER = "COUNTER",
}
export enum DocumentRequestStatus {
  RECEIVED = "RECEIVED",
  IN_PROGRESS = "IN_PROGRESS",
  CLOSED = "CLOSED",
}
export enum DocumentRequestOutcome {
  GRANTED = "GRANTED",
  PARTLY_GRANTED = "PARTLY_GRANTED",
  REFUSED = "REFUSED",
  TRANSFERRED = "TRANSFERRED",
}
/** The two grounds the Kaçanik plan allows for extending 7 days to 15. */
export enum DocumentRequestExtensionReason {
  HELD_ELSEWHERE = "HELD_ELSEWHERE",
  MANY_DOCUMENTS = "MANY_DOCUMENTS",
}
registerEnumType(DocumentRequestChannel, { name: "DocumentRequestChannel", description: "Filed online or registered at the One Stop Shop counter." });
registerEnumType(DocumentRequestStatus, { name: "DocumentRequestStatus" });
registerEnumType(DocumentRequestOutcome, { name: "DocumentRequestOutcome" });
registerEnumType(DocumentRequestExtensionReason, {
  name: "DocumentRequestExtensionReason",
  description: "Why 7 days became 15: the document is held outside the municipality's bodies, or many documents are asked for.",
});

@ObjectType({ description: "A request for public documents as the public register shows it: never who asked." })
export class DocumentRequest {
  @Field(() => ID) id: string;
  @Field(() => String, { description: "The receipt's reference, e.g. KD-2026-00012." }) reference: string;
  @Field(() => String, { nullable: true, description: "What was asked for; null when the secretariat marked the text as containing personal data (documentsWithheld)." })
  documents: string | null;
  @Field(() => Boolean) documentsWithheld: boolean;
  @Field(() => DocumentRequestChannel) channel: DocumentRequestChannel;
  @Field(() => DocumentRequestStatus) status: DocumentRequestStatus;
  @Field(() => DateTimeScalar) receivedAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) startedAt: Date | null;
  @Field(() => DateTimeScalar, { description: "When the answer is due: 7 days after receipt, 15 once extended." }) dueAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) extendedAt: Date | null;
  @Field(() => DocumentRequestExtensionReason, { nullable: true }) extensionReason: DocumentRequestExtensionReason | null;
  @Field(() => String, { nullable: true, description: "The secretariat's public note on the extension." }) extensionNote: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) closedAt: Date | null;
  @Field(() => DocumentRequestOutcome, { nullable: true }) outcome: DocumentRequestOutcome | null;
  @Field(() => String, { nullable: true, description: "A public note on the answer (what was given, in what form)." }) answerNote: string | null;
  @Field(() => String, { nullable: true, description: "A refusal's legal reason." }) refusalReason: string | null;
  @Field(() => String, { nullable: true, description: "A refusal's notice of the requester's right of appeal." }) appealNotice: string | null;
  @Field(() => String, { nullable: true, description: "The institution a transferred request went to." }) transferredTo: string | null;
  @Field(() => SlaState, { description: "ON_TRACK/AT_RISK/BREACHED while open (the deadline clock moves it), MET/MISSED once answered." }) slaState: SlaState;
  @Field(() => Boolean, { nullable: true, description: "Answered by its due moment (null while open)." }) answeredOnTime: boolean | null;
}

@ObjectType({ description: "A request for public documents as the secretariat handles it: the public record and who asked (never public)." })
export class DocumentRequestCase extends DocumentRequest {
  @Field(() => String, { description: "The documents asked for, always (the public register may withhold them)." }) documentsText: string;
  @Field(() => String, { nullable: true, description: "Null once erased after the retention period." }) requesterName: string | null;
  @Field(() => String, { nullable: true }) requesterEmail: string | null;
  @Field(() => String, { nullable: true }) requesterPhone: string | null;
  @Field(() => String, { nullable: true }) requesterAddress: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: "When the requester's identity and contacts were erased (retention)." }) personalDataErasedAt: Date | null;
  @Field(() => Int) version: number;
}

@ObjectType({ description: "A request filed online: its public record and the receipt (its code shown only here)." })
export class SubmittedDocumentRequest {
  @Field(() => DocumentRequest) request: DocumentRequest;
  @Field(() => Receipt) receipt: Receipt;
}

@ObjectType({ description: "A request registered at the counter: the case and the receipt to print (its code shown only here)." })
export class RegisteredDocumentRequest {
  @Field(() => DocumentRequestCase) request: DocumentRequestCase;
  @Field(() => Receipt) receipt: Receipt;
}

@ObjectType({ description: "One page of the public register of requests for documents." })
export class DocumentRequestPage {
  @Field(() => Int, { description: "How many match the filter." }) total: number;
  @Field(() => [DocumentRequest]) items: DocumentRequest[];
}
