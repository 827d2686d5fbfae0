/** Timing: warm-up runs, then repeated measured runs with process.hrtime.bigint(). */

/** Keeps results alive so that the optimiser cannot drop the measured work. */
let blackHole: unknown;
export function consume(value: unknown): void {
  blackHole = value;
}
export function lastConsumed(): unknown {
  return blackHole;
}

export interface Stats {
  /** Every measured run, in milliseconds, in run order. */
  readonly samples: readonly number[];
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** Interquartile range (q3 − q1). */
  readonly iqr: number;
}

export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 1) return sorted[0];
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function statsOf(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    samples,
    median: quantile(sorted, 0.5),
    min: sorted[0],
    max: sorted[sorted.length - 1],
    iqr: quantile(sorted, 0.75) - quantile(sorted, 0.25),
  };
}

export interface MeasureOptions {
  readonly warmup: number;
  readonly runs: number;
  /** Collect garbage before each run (default true; needs node --expose-gc). */
  readonly gc?: boolean;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times measured. */
export function measure(fn: () => unknown, options: MeasureOptions): Stats {
  for (let i = 0; i < options.warmup; i++) consume(fn());
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    if (options.gc !== false) collectGarbage();
    const start = process.hrtime.bigint();
    const result = fn();
    const end = process.hrtime.bigint();
    consume(result);
    samples.push(Number(end - start) / 1e6);
  }
  return statsOf(samples);
}

/** Like `measure` for an asynchronous step whose duration it reports itself (e.g. a browser load). */
export async function measureAsync(
  fn: () => Promise<number>,
  options: MeasureOptions
): Promise<Stats> {
  for (let i = 0; i < options.warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i++) samples.push(await fn());
  return statsOf(samples);
}
