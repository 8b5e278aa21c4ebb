/** One benchmark: `npm run bench` runs each in turn; `npm run bench -- NAME` only the named ones. */
export interface Bench {
  name: string;
  run(): Promise<void> | void;
}

export interface Timing {
  /** Milliseconds. */
  median: number;
  samples: number[];
}

export interface MeasureOptions {
  warmup?: number;
  rounds?: number;
}

// Results land here so the engine cannot drop work whose result nobody reads.
let sink: unknown;
export const lastSink = () => sink;

/** Median wall time of `fn` over `rounds` runs after `warmup` unmeasured ones. */
export function measure(fn: () => unknown, { warmup = 3, rounds = 15 }: MeasureOptions = {}): Timing {
  return interleave([{ run: fn }], { warmup, rounds })[0] as Timing;
}

/** One contender of `interleave`: `batch` runs are timed together and the time divided, for work far shorter than the rest. */
export interface Contender {
  run: () => unknown;
  batch?: number;
}

/**
 * Times several pieces of work in alternating rounds, one sample of each per round, after `warmup` rounds.
 * On a shared machine the speed drifts by half over a few seconds; timed one series after the other, a
 * ratio would compare two different moments, while here every contender meets the same ones.
 */
export function interleave(
  contenders: readonly Contender[],
  { warmup = 10, rounds = 31 }: MeasureOptions = {},
): Timing[] {
  const samples = contenders.map((): number[] => []);
  for (let round = -warmup; round < rounds; round++) {
    for (let c = 0; c < contenders.length; c++) {
      const { run, batch = 1 } = contenders[c] as Contender;
      const start = performance.now();
      for (let b = 0; b < batch; b++) sink = run();
      if (round >= 0) samples[c]?.push((performance.now() - start) / batch);
    }
  }
  return samples.map((s) => ({ median: median(s), samples: s }));
}

/**
 * `interleave` for work that awaits (a page load), in alternating rounds: each contender returns its own
 * busy time when it knows it better than the wall time of its call.
 */
export async function interleaveAsync(
  contenders: ReadonlyArray<() => Promise<number | undefined>>,
  { warmup = 1, rounds = 7, alternate = false }: MeasureOptions & { alternate?: boolean } = {},
): Promise<Timing[]> {
  const samples = contenders.map((): number[] => []);
  for (let round = -warmup; round < rounds; round++) {
    // `alternate`: every other round runs them last to first, so none always goes first (a warmer or colder machine).
    const order = contenders.map((_, c) => (alternate && round % 2 !== 0 ? contenders.length - 1 - c : c));
    for (const c of order) {
      const start = performance.now();
      const reported = await (contenders[c] as () => Promise<number | undefined>)();
      if (round >= 0) samples[c]?.push(reported ?? performance.now() - start);
    }
  }
  return samples.map((s) => ({ median: median(s), samples: s }));
}

/** The same for one piece of work that awaits (a browser round trip). */
export async function measureAsync(
  fn: () => Promise<number | undefined>,
  { warmup = 2, rounds = 7 }: MeasureOptions = {},
): Promise<Timing> {
  return (await interleaveAsync([fn], { warmup, rounds }))[0] as Timing;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function formatMs(ms: number): string {
  return ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`;
}

/** "12.3×": how many times `a` takes `b`. */
export function formatRatio(a: number, b: number): string {
  const r = a / b;
  return `${r >= 10 ? r.toFixed(1) : r.toFixed(2)}×`;
}

/** A target line: never fails the run, only says whether the number meets it. */
export function verdict(ok: boolean, target: string): string {
  return ok ? `meets target (${target})` : `MISSES target (${target})`;
}
