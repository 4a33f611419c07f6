// Preloaded into the benchmarked servers (with --expose-gc): SIGUSR2 runs a full GC, so readings are not GC timing,
// and writes process.memoryUsage() to KUVEND_BENCH_MEMORY_FILE when it is set (V8 heap and buffers, beside the RSS).
import { writeFileSync } from "node:fs";

process.on("SIGUSR2", () => {
  globalThis.gc?.();
  const file = process.env.KUVEND_BENCH_MEMORY_FILE;
  if (file) writeFileSync(file, JSON.stringify(process.memoryUsage()));
});
