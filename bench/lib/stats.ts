/** Small measuring helpers shared by the benchmarks and the load script. */

export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Percentiles (nearest rank) of durations in ms, rounded to 0.01 ms. */
export function percentiles(samples: number[]): Percentiles {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? 0;
  const r = (x: number) => Math.round(x * 100) / 100;
  const mean = s.reduce((a, b) => a + b, 0) / (s.length || 1);
  return { n: s.length, p50: r(at(50)), p95: r(at(95)), p99: r(at(99)), max: r(s.at(-1) ?? 0), mean: r(mean) };
}

export const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/** Heap after GC, RSS, and the bytes held in ArrayBuffers outside the heap (typed-array indexes, spec records). */
export function memoryMB(): { heapMB: number; rssMB: number; buffersMB: number } {
  gc();
  gc();
  const m = process.memoryUsage();
  return { heapMB: Math.round(m.heapUsed / 2 ** 20), rssMB: Math.round(m.rss / 2 ** 20), buffersMB: Math.round(m.arrayBuffers / 2 ** 20) };
}

export async function timed<T>(fn: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const t = performance.now();
  const value = await fn();
  return { value, ms: Math.round(performance.now() - t) };
}

/** Run `fn` over the inputs round-robin until `iterations` samples (after `warmup` unmeasured runs). */
export function latency<I>(inputs: I[], fn: (input: I) => unknown, opts: { iterations: number; warmup?: number; budgetMs?: number }): Percentiles {
  if (inputs.length === 0) return percentiles([]);
  const warmup = opts.warmup ?? Math.min(inputs.length, 20);
  for (let i = 0; i < warmup; i++) fn(inputs[i % inputs.length] as I);
  const samples: number[] = [];
  const stop = performance.now() + (opts.budgetMs ?? 20_000);
  for (let i = 0; i < opts.iterations && (i < inputs.length || performance.now() < stop); i++) {
    const t = performance.now();
    fn(inputs[i % inputs.length] as I);
    samples.push(performance.now() - t);
  }
  return percentiles(samples);
}
