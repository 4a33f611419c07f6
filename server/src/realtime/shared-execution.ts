import { createSourceEventStream, type DocumentNode, execute, type ExecutionArgs, type ExecutionResult, print } from "graphql";

/**
 * Subscription execution shared between subscribers. Each live update is one
 * object (the snapshot a LiveFeed loaded once for every subscriber on this
 * instance); subscribers that ask for the same selection (document, variables,
 * operation) with the same role get the one result executed for the first of
 * them, instead of each executing the same selection over the same data.
 * Results are kept per update object in a WeakMap, so they go when the update does.
 */
const results = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();

/** Counters for tests and benchmarks: executions saved = deliveries − executions. */
export const sharedExecutionStats = { executions: 0, deliveries: 0 };

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

export type RoleOf = (contextValue: unknown) => string;

export async function sharedSubscribe(args: ExecutionArgs, roleOf: RoleOf): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!isAsyncIterable(stream)) return stream as ExecutionResult; // refused before it started
  const key = `${roleOf(args.contextValue)}|${args.operationName ?? ""}|${JSON.stringify(args.variableValues ?? {})}|${documentName(args.document)}`;
  return mapEvents(stream, (event) => {
    sharedExecutionStats.deliveries++;
    if (event === null || typeof event !== "object") return run(args, event);
    let perEvent = results.get(event);
    if (!perEvent) results.set(event, (perEvent = new Map()));
    let result = perEvent.get(key);
    if (!result) {
      result = run(args, event);
      perEvent.set(key, result);
    }
    return result;
  });
}

function run(args: ExecutionArgs, event: unknown): Promise<ExecutionResult> {
  sharedExecutionStats.executions++;
  return Promise.resolve(execute({ ...args, rootValue: event }));
}

function isAsyncIterable(x: unknown): x is AsyncIterable<unknown> {
  return typeof x === "object" && x !== null && Symbol.asyncIterator in x;
}

/** Maps a source of events to results, passing an unsubscribe (return) through to the source. */
function mapEvents<T, U>(source: AsyncIterable<T>, fn: (t: T) => Promise<U>): AsyncGenerator<U> {
  const it = source[Symbol.asyncIterator]();
  const mapped = {
    async next() {
      const r = await it.next();
      return r.done ? { value: undefined, done: true } : { value: await fn(r.value), done: false };
    },
    async return() {
      await it.return?.();
      return { value: undefined, done: true };
    },
    async throw(err) {
      await it.return?.();
      throw err;
    },
    [Symbol.asyncIterator]() {
      return mapped;
    },
  } as AsyncGenerator<U>;
  return mapped;
}
