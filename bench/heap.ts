const gc = (globalThis as { gc?: () => void }).gc;

/** Collects garbage now when node runs with --expose-gc (the heap benches do), and returns the heap in use. */
export function collectedHeap(): number {
  gc?.();
  return process.memoryUsage().heapUsed;
}

/**
 * Samples the heap every 50 ms from now: `baseline` is the heap after a full collection as sampling
 * starts, `stop()` ends it and returns the highest sample (garbage included).
 */
export function sampleHeap(): { baseline: number; stop(): number } {
  const baseline = collectedHeap();
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 50);
  return {
    baseline,
    stop: () => {
      clearInterval(sampler);
      return peak;
    },
  };
}

/** The heap figures mean nothing without collections on demand. */
export function requireExposedGc(): void {
  if (gc === undefined) throw new Error('run with node --expose-gc');
}
