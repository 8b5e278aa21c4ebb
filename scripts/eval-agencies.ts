// Scores findAgencies alone on gold-labelled texts, with the matching rule of ../shared/eval/score.mjs:
// one-to-one, a prediction and a gold span match when they overlap by at least half of the longer one;
// predictions that touch only optional gold spans are ignored. Lists misses and false positives.
//
//   npx tsx scripts/eval-agencies.ts [DIR]        (default ../shared/corpus/dev)
//   npx tsx scripts/eval-agencies.ts --all DIR    also lists what it finds in non-report files
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAgencies } from '../analysis/agencies';
import type { Span } from '../analysis/types';

interface GoldSpan extends Span {
  optional?: boolean;
}

const args = process.argv.slice(2);
const showAll = args.includes('--all');
const dir = args.find((a) => !a.startsWith('--')) ?? '../shared/corpus/dev';

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const close = (a: Span, b: Span) => overlap(a, b) * 2 >= Math.max(a.end - a.start, b.end - b.start);
const around = (text: string, s: Span) => text.slice(Math.max(0, s.start - 8), s.end + 6).replace(/\s+/g, ' ');

let tp = 0;
let predicted = 0;
let labelled = 0;
let exact = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const text = readFileSync(join(dir, file), 'utf8');
  const gold = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.gold.json')), 'utf8'));
  const found = findAgencies(text);
  if (!gold.isReport) {
    if (showAll) for (const p of found) console.log(`  (non-report) ${file}: ${p.text} …${around(text, p)}`);
    continue;
  }
  const all: GoldSpan[] = gold.agencies ?? [];
  const required = all.filter((g) => !g.optional);
  const optional = all.filter((g) => g.optional);
  const preds = found.filter(
    (p) => required.some((g) => overlap(p, g) > 0) || !optional.some((g) => overlap(p, g) > 0),
  );
  const used = new Set<number>();
  for (const g of required) {
    let best = -1;
    preds.forEach((p, k) => {
      if (!used.has(k) && close(p, g) && (best < 0 || overlap(p, g) > overlap(preds[best] as Span, g))) best = k;
    });
    if (best < 0) {
      console.log(`  missed ${file}: ${g.text} …${around(text, g)}`);
      continue;
    }
    used.add(best);
    const p = preds[best] as Span;
    if (p.start === g.start && p.end === g.end) exact++;
    else console.log(`  boundary ${file}: ${p.text} for ${g.text}`);
  }
  for (const [k, p] of preds.entries()) {
    if (!used.has(k)) console.log(`  false positive ${file}: ${p.text} …${around(text, p)}`);
  }
  tp += used.size;
  predicted += preds.length;
  labelled += required.length;
}
const precision = predicted ? tp / predicted : 0;
const recall = labelled ? tp / labelled : 0;
const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
console.log(
  `agencies: precision ${precision.toFixed(3)} (${tp}/${predicted})  recall ${recall.toFixed(3)} (${tp}/${labelled})  ` +
    `F1 ${f1.toFixed(3)}  exact ${exact}/${labelled}`,
);
