import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { z } from "zod";
import { authorize } from "../auth/policy.js";
import type { Context } from "../context.js";
import { notFound } from "../platform/errors.js";
import { PublicFormProof } from "../platform/security/public-form.js";
import { parseInput } from "../platform/validation.js";
import type { DocumentRequestDeps } from "./command.js";
import { decideDocumentRequest } from "./commands/decide-document-request.js";
import { extendDocumentRequest } from "./commands/extend-document-request.js";
import { startDocumentRequest } from "./commands/start-document-request.js";
import { submitDocumentRequest } from "./commands/submit-document-request.js";
import { withholdDocumentRequestText } from "./commands/withhold-document-request-text.js";
import {
  CounterDocumentRequestInput, counterDocumentRequestSchema, DecideDocumentRequestInput, decideSchema, DocumentRequestFilter, DocumentRequestInput,
  documentRequestSchema, ExtendDocumentRequestInput, extendSchema, registerArgsSchema,
} from "./inputs.js";
import { DocumentRequestCase, DocumentRequestChannel, DocumentRequestPage, RegisteredDocumentRequest, SubmittedDocumentRequest } from "./model.js";
import { loadCases, loadRegister, loadRequestRow, publicRequest, requestCase } from "./queries.js";

const deps = (ctx: Context): DocumentRequestDeps => ({ ds: ctx.services.ds, calendar: () => ctx.services.calendar.calendar, now: ctx.services.oss.now });
const targetSchema = z.object({ id: z.string(), expectedVersion: z.number().int().nullish() });

async function loadCase(ctx: Context, id: string): Promise<DocumentRequestCase> {
  const row = await loadRequestRow(ctx.services.ds, id);
  if (!row) throw notFound("document request", id);
  return requestCase(row);
}

/** Requests for access to public documents [kërkesa për qasje në dokumente publike], issue 16 point 3. */
@Resolver()
export class DocumentRequestsResolver {
  @Query(() => DocumentRequestPage, { description: "The public register of requests for documents, newest first: what was asked, when, the deadline, the outcome; never who asked." })
  async documentRequests(
    @Arg("filter", () => DocumentRequestFilter, { nullable: true }) filter: DocumentRequestFilter | null,
    @Arg("offset", () => Int, { defaultValue: 0 }) offset: number,
    @Arg("limit", () => Int, { defaultValue: 25 }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<DocumentRequestPage> {
    const args = parseInput(registerArgsSchema, { ...(filter ?? {}), offset, limit });
    return Object.assign(new DocumentRequestPage(), await loadRegister(ctx.services.ds, args));
  }

  @Query(() => [DocumentRequestCase], { description: "SECRETARIAT: the work list, with who asked and how to reach them. Open requests first, by due moment." })
  async documentRequestCases(@Arg("openOnly", () => Boolean, { defaultValue: false }) openOnly: boolean, @Ctx() ctx: Context): Promise<DocumentRequestCase[]> {
    authorize(ctx.actor, "documentRequest.manage");
    return loadCases(ctx.services.ds, openOnly);
  }

  @Mutation(() => SubmittedDocumentRequest, { description: "Anyone, no account: files a request for public documents online; answers the public record and the receipt (its code shown only here)." })
  async submitDocumentRequest(
    @Arg("input", () => DocumentRequestInput) input: DocumentRequestInput,
    @Arg("proof", () => PublicFormProof) proof: PublicFormProof,
    @Ctx() ctx: Context,
  ): Promise<SubmittedDocumentRequest> {
    await ctx.services.publicForms.check("document-request", proof, ctx.address);
    const props = parseInput(documentRequestSchema, input);
    const { id, receipt } = await submitDocumentRequest(deps(ctx), null, { ...props, channel: DocumentRequestChannel.ONLINE, receivedAt: null });
    const row = await loadRequestRow(ctx.services.ds, id);
    return Object.assign(new SubmittedDocumentRequest(), { request: publicRequest(row!), receipt });
  }

  @Mutation(() => RegisteredDocumentRequest, { description: "OSS_OPERATOR or SECRETARIAT: registers a request received at the counter or on paper; answers the receipt to print." })
  async registerDocumentRequest(@Arg("input", () => CounterDocumentRequestInput) input: CounterDocumentRequestInput, @Ctx() ctx: Context): Promise<RegisteredDocumentRequest> {
    const actor = authorize(ctx.actor, "documentRequest.register");
    const props = parseInput(counterDocumentRequestSchema, input);
    const { id, receipt } = await submitDocumentRequest(deps(ctx), actor, { ...props, channel: DocumentRequestChannel.COUNTER });
    return Object.assign(new RegisteredDocumentRequest(), { request: await loadCase(ctx, id), receipt });
  }

  @Mutation(() => DocumentRequestCase, { description: "SECRETARIAT: takes a request up (RECEIVED → IN_PROGRESS)." })
  async startDocumentRequest(
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: Context,
  ): Promise<DocumentRequestCase> {
    const actor = authorize(ctx.actor, "documentRequest.manage");
    const target = parseInput(targetSchema, { id, expectedVersion });
    await startDocumentRequest(deps(ctx), actor, target);
    return loadCase(ctx, id);
  }

  @Mutation(() => DocumentRequestCase, { description: "SECRETARIAT: extends the deadline once, from 7 to 15 days after receipt, before the 7 days run out, with the reason. CONFLICT: a second extension, after the due moment or after the answer." })
  async extendDocumentRequest(@Arg("input", () => ExtendDocumentRequestInput) input: ExtendDocumentRequestInput, @Ctx() ctx: Context): Promise<DocumentRequestCase> {
    const actor = authorize(ctx.actor, "documentRequest.manage");
    const props = parseInput(extendSchema, input);
    await extendDocumentRequest(deps(ctx), actor, props);
    return loadCase(ctx, props.id);
  }

  @Mutation(() => DocumentRequestCase, { description: "SECRETARIAT: answers a request in progress and closes it: GRANTED, PARTLY_GRANTED, REFUSED (legal reason and appeal notice required) or TRANSFERRED (to a named institution)." })
  async decideDocumentRequest(@Arg("input", () => DecideDocumentRequestInput) input: DecideDocumentRequestInput, @Ctx() ctx: Context): Promise<DocumentRequestCase> {
    const actor = authorize(ctx.actor, "documentRequest.manage");
    const props = parseInput(decideSchema, input);
    await decideDocumentRequest(deps(ctx), actor, props);
    return loadCase(ctx, props.id);
  }

  @Mutation(() => DocumentRequestCase, { description: "SECRETARIAT: withholds from the public register the text of what was asked, when it holds personal data (or shows it again)." })
  async withholdDocumentRequestText(
    @Arg("id", () => ID) id: string,
    @Arg("withheld", () => Boolean) withheld: boolean,
    @Arg("expectedVersion", () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: Context,
  ): Promise<DocumentRequestCase> {
    const actor = authorize(ctx.actor, "documentRequest.manage");
    const target = parseInput(targetSchema, { id, expectedVersion });
    await withholdDocumentRequestText(deps(ctx), actor, { ...target, withheld });
    return loadCase(ctx, id);
  }
}
