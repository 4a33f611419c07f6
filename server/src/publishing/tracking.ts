import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { z } from "zod";
import { trackDraftComment } from "../comments/tracking.js";
import type { Context } from "../context.js";
import { trackDocumentRequest } from "../document-requests/filing.js";
import { trackServiceRequest } from "../oss/tracking.js";
import { trackPetition } from "../petitions/tracking.js";
import { notFoundWith } from "../platform/errors.js";
import { normalCode, normalReference, openReceipt, ReceiptKind, TrackedRequest, type TrackingSource } from "../platform/receipts.js";
import { PublicFormTicket } from "../platform/security/public-form.js";
import { parseInput } from "../platform/validation.js";

/**
 * Track your request [ndiq kërkesën] (issue 16 point 6) and the opening of public forms. Each area of citizens'
 * filings answers for its own kind (no personal data in a TrackedRequest); one line per area here.
 */
// Every kind of receipt has its source: a new kind fails the type check until it says how it is tracked.
const SOURCES: Record<ReceiptKind, TrackingSource> = {
  [ReceiptKind.SERVICE_REQUEST]: trackServiceRequest,
  [ReceiptKind.DRAFT_COMMENT]: trackDraftComment,
  [ReceiptKind.DOCUMENT_REQUEST]: trackDocumentRequest,
  [ReceiptKind.PETITION]: trackPetition,
};

const TrackArgs = z.object({
  reference: z.string().trim().min(1, "must not be empty").max(40, "must be at most 40 characters"),
  code: z.string().trim().min(1, "must not be empty").max(40, "must be at most 40 characters"),
});

@Resolver()
export class TrackingResolver {
  @Query(() => TrackedRequest, {
    description: "Anyone holding a receipt: a filing's status, due moment, SLA state and history, by its reference and secret code (no personal data). NOT_FOUND for a wrong pair; wrong codes from one address slow it down like wrong passwords (UNAUTHENTICATED with retryAfterSeconds).",
  })
  async trackRequest(@Arg("reference", () => String) reference: string, @Arg("code", () => String) code: string, @Ctx() ctx: Context): Promise<TrackedRequest> {
    const args = parseInput(TrackArgs, { reference, code });
    const key = `receipt:${normalReference(args.reference)}`;
    const attempt = await ctx.services.loginThrottle.begin(key, ctx.address, "wrong receipt codes");
    const receipt = normalCode(args.code).length > 0 ? await openReceipt(ctx.services.ds, args.reference, args.code) : null;
    const source = receipt ? SOURCES[receipt.kind] : undefined;
    const tracked = receipt && source ? await source(ctx.services.ds, receipt.subjectId, receipt.reference, ctx.services.oss.now()) : null;
    if (!tracked) throw notFoundWith("No filing has this reference and code: check both on your receipt.");
    await attempt.succeeded();
    return tracked;
  }

  @Mutation(() => PublicFormTicket, {
    description: "Anyone: opens a public form (a comment, a petition, a request for documents). Send its ticket back with the submission, no sooner than notBefore.",
  })
  startPublicForm(@Ctx() ctx: Context): PublicFormTicket {
    return ctx.services.publicForms.ticket();
  }
}
