/**
 * One orderly stop, however often it is asked for (SIGTERM, SIGINT, a test's `stop()`):
 * the steps run once, one after another, in the order given.
 */
export function stopInOrder(steps: Array<() => unknown>): () => Promise<void> {
  let stopping: Promise<void> | null = null;
  return () => {
    stopping ??= (async () => {
      for (const step of steps) await step();
    })();
    return stopping;
  };
}
