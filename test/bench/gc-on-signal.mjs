// Preloaded into the benchmarked server (with --expose-gc): SIGUSR2 runs a full GC, so RSS readings are not GC timing.
process.on("SIGUSR2", () => globalThis.gc?.());
