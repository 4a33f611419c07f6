// Preloaded into the benchmarked servers (with --expose-gc): SIGUSR2 runs a full GC, so readings are not GC timing,
// and writes process.memoryUsage() to KUVEND_BENCH_MEMORY_FILE when it is set (V8 heap and buffers, beside the RSS).
// With KUVEND_BENCH_EVENT_LOOP=1 (bench:soak) it also measures the event loop's delay inside the process
// (perf_hooks.monitorEventLoopDelay, 10 ms sampling) and writes, with the memory, the percentiles since the last
// signal, taken before the forced GC; the histogram starts afresh once that GC's own pause has been sampled.
import { writeFileSync } from "node:fs";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";

const RESOLUTION_MS = 10;
const loop = process.env.KUVEND_BENCH_EVENT_LOOP === "1" ? monitorEventLoopDelay({ resolution: RESOLUTION_MS }) : null;
loop?.enable();
/** Each sample is the time between two 10 ms timer ticks; the delay is what exceeds the 10 ms. */
const delayMs = (ns) => Math.max(0, Math.round((ns / 1e6 - RESOLUTION_MS) * 100) / 100);

process.on("SIGUSR2", () => {
  const eventLoop = loop && loop.count > 0
    ? { p50Ms: delayMs(loop.percentile(50)), p99Ms: delayMs(loop.percentile(99)), maxMs: delayMs(loop.max), meanMs: delayMs(loop.mean), samples: loop.count }
    : undefined;
  const gcStarted = performance.now();
  globalThis.gc?.();
  const gcMs = Math.round((performance.now() - gcStarted) * 100) / 100;
  if (loop) setTimeout(() => loop.reset(), 5 * RESOLUTION_MS); // after the tick that samples the GC's pause
  const file = process.env.KUVEND_BENCH_MEMORY_FILE;
  if (file) writeFileSync(file, JSON.stringify({ ...process.memoryUsage(), gcMs, eventLoop }));
});
