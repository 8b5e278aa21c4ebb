import type { Bench } from './measure';

// One line per benchmark, run in this order. Each module's default export is a Bench.
const BENCHES: (() => Promise<{ default: Bench }>)[] = [
  () => import('./analyzer'),
  () => import('./hostile'),
  () => import('./browser-highlight'),
  () => import('./extract'),
  () => import('./library'),
  () => import('./content-size'),
];

// Only when named: a comparison of this tree with a commit (GOVMARK_BENCH_BASE), for a change's own effect; and
// GovMark against a naive mark.js extension (both windows opening at document_idle).
const ON_REQUEST: (() => Promise<{ default: Bench }>)[] = [
  () => import('./browser-ab'),
  () => import('./browser-naive'),
];

// Timings are printed, never asserted: a slow run says so in its verdict lines and still exits 0.
const only = process.argv.slice(2);
for (const load of only.length > 0 ? [...BENCHES, ...ON_REQUEST] : BENCHES) {
  const bench = (await load()).default;
  if (only.length > 0 && !only.includes(bench.name)) continue;
  await bench.run();
  console.log();
}
