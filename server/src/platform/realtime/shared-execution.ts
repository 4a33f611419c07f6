import { createSourceEventStream, type DocumentNode, execute, type ExecutionArgs, type ExecutionResult, GraphQLError, print } from "graphql";
import { isListenable } from "./live-feed.js";

/**
 * Subscription execution shared between subscribers.
 *
 * Each live update is one object (the snapshot a LiveFeed loaded once for every
 * subscriber on this instance). Subscribers that ask for the same selection
 * (document, variables, operation) with the same role form a group; for each
 * update the group executes the selection once, turns the result into JSON once,
 * and hands the same bytes to every member, synchronously, in one loop, like a
 * plain broadcast. Nothing is executed, serialised or awaited per subscriber.
 *
 * The transport attaches a sink to each stream (ws-transport.ts): it frames the
 * bytes as that subscriber's `next` message and keeps that subscriber's
 * back-pressure. A stream that is never attached (another transport), or whose
 * source is not a LiveFeed, is iterated as usual, still sharing the execution.
 */

/** Counters for tests and benchmarks: executions saved = deliveries − executions. */
export const sharedExecutionStats = { executions: 0, deliveries: 0, serializations: 0 };

/** Where a shared stream's messages go: one subscriber's socket. */
export type Sink = {
  /** One result's JSON; the sink frames it for its subscriber and writes or queues it. */
  push(json: Buffer): void;
  /** Resolves when everything pushed has been written (before `complete` goes out). */
  flushed(): Promise<void>;
};

export type RoleOf = (contextValue: unknown) => string;
/** A context for one execution of an update, made from a member's: no per-request cache outlives the update. */
export type ContextFor = (contextValue: unknown) => unknown;

export async function sharedSubscribe(
  args: ExecutionArgs, roleOf: RoleOf, contextFor: ContextFor = (c) => c,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!isAsyncIterable(stream)) return stream as ExecutionResult; // refused before it started
  const key = `${roleOf(args.contextValue)}|${args.operationName ?? ""}|${JSON.stringify(args.variableValues ?? {})}|${documentName(args.document)}`;
  return new SharedStream(stream[Symbol.asyncIterator](), groupFor(key, args, contextFor));
}

/**
 * A short name per document object. Subscribers of one query text share one
 * document (subscription-documents.ts), so this is a lookup, not a print per
 * subscriber; a document built elsewhere is named by its printed text.
 */
const documentNames = new WeakMap<DocumentNode, string>();
const printedNames = new Map<string, string>();
let named = 0;
function documentName(document: DocumentNode): string {
  let name = documentNames.get(document);
  if (name === undefined) {
    const printed = print(document);
    name = printedNames.get(printed);
    if (name === undefined) {
      if (printedNames.size >= 1000) printedNames.clear(); // distinct selections are few; never let odd ones pile up
      name = `d${++named}`; // never reused, so two different documents never share a name
      printedNames.set(printed, name);
    }
    documentNames.set(document, name);
  }
  return name;
}

/** One update's result for one group, and who waits for it. */
type Batch = { result: Promise<ExecutionResult>; json?: Buffer; waiting: Sink[] };

const groups = new Map<string, Group>();
function groupFor(key: string, args: ExecutionArgs, contextFor: ContextFor): Group {
  let group = groups.get(key);
  if (!group) groups.set(key, (group = new Group(key, args, contextFor)));
  group.members++;
  return group;
}

class Group {
  members = 0;
  /** Per update object, so results go when the update does. */
  private batches = new WeakMap<object, Batch>();
  /** Updates are executed one after another, so members get them in the order the feed gave them. */
  private tail: Promise<unknown> = Promise.resolve();

  /** Subscribers of a group share a role, operation, variables and document: any member's context serves (see contextFor). */
  constructor(private readonly key: string, private readonly args: ExecutionArgs, private readonly contextFor: ContextFor) {}

  leave(): void {
    if (--this.members === 0 && groups.get(this.key) === this) groups.delete(this.key);
  }

  /** The result for one update, executed once for the group (per-subscriber iteration). */
  result(event: unknown): Promise<ExecutionResult> {
    sharedExecutionStats.deliveries++;
    if (event === null || typeof event !== "object") return this.run(event);
    return this.batch(event).result;
  }

  /** Hands one update to a member's sink: at once if its JSON is ready, else with the group's other members when it is. */
  deliver(event: unknown, sink: Sink): void {
    sharedExecutionStats.deliveries++;
    if (event === null || typeof event !== "object") {
      void this.run(event).then((r) => sink.push(jsonOf(r)));
      return;
    }
    const batch = this.batch(event);
    if (batch.json) sink.push(batch.json);
    else batch.waiting.push(sink);
  }

  private batch(event: object): Batch {
    let batch = this.batches.get(event);
    if (batch) return batch;
    const made: Batch = { result: Promise.resolve({}), waiting: [] };
    const executed = this.tail.then(() => this.run(event));
    this.tail = executed;
    made.result = executed.then((result) => {
      const json = jsonOf(result);
      made.json = json;
      const waiting = made.waiting;
      made.waiting = [];
      for (const sink of waiting) sink.push(json);
      return result;
    });
    this.batches.set(event, (batch = made));
    return batch;
  }

  private async run(event: unknown): Promise<ExecutionResult> {
    sharedExecutionStats.executions++;
    try {
      return await execute({ ...this.args, rootValue: event, contextValue: this.contextFor(this.args.contextValue) });
    } catch (err) {
      // execute() reports resolver errors in the result; this is only for a failure of execution itself.
      return { errors: [new GraphQLError("The update could not be prepared.", { originalError: err instanceof Error ? err : undefined })] };
    }
  }
}

/** A result's JSON as graphql-ws would send it (GraphQLError has toJSON), once per result. */
const serialized = new WeakMap<object, Buffer>();
function jsonOf(result: ExecutionResult): Buffer {
  let json = serialized.get(result);
  if (!json) {
    sharedExecutionStats.serializations++;
    json = Buffer.from(JSON.stringify(result));
    serialized.set(result, json);
  }
  return json;
}

/**
 * One subscriber's stream. With a sink attached (by the transport, as soon as
 * the subscription is set up), updates go from the feed to the group to the
 * sink with no per-subscriber promise; the iterator itself then yields nothing
 * and only ends when the subscription does. Without a sink it iterates as usual.
 */
export class SharedStream implements AsyncIterableIterator<ExecutionResult> {
  private attached = false;
  private ended = false;
  private endWaiter: ((r: IteratorResult<ExecutionResult>) => void) | null = null;

  constructor(private readonly source: AsyncIterator<unknown>, private readonly group: Group) {}

  attach(sink: Sink): void {
    if (this.attached || this.ended || !isListenable(this.source)) return;
    this.attached = true;
    this.source.listen(
      (event) => this.group.deliver(event, sink),
      () => void this.finish(sink),
    );
  }

  private async finish(sink: Sink): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    this.group.leave();
    await sink.flushed(); // every update out before graphql-ws sends `complete`
    this.endWaiter?.({ value: undefined, done: true });
    this.endWaiter = null;
  }

  async next(): Promise<IteratorResult<ExecutionResult>> {
    if (!this.attached) {
      const r = await this.source.next();
      if (r.done) return this.end();
      return { value: await this.group.result(r.value), done: false };
    }
    if (this.ended) return { value: undefined, done: true };
    return new Promise((resolve) => (this.endWaiter = resolve));
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    await this.source.return?.(); // ends the listener too (finish) when attached
    return this.end();
  }

  async throw(err?: unknown): Promise<IteratorResult<ExecutionResult>> {
    await this.return();
    throw err;
  }

  private end(): IteratorResult<ExecutionResult> {
    if (!this.ended) {
      this.ended = true;
      this.group.leave();
    }
    this.endWaiter?.({ value: undefined, done: true });
    this.endWaiter = null;
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<ExecutionResult> {
    return this;
  }
}

function isAsyncIterable(x: unknown): x is AsyncIterable<unknown> {
  return typeof x === "object" && x !== null && Symbol.asyncIterator in x;
}
