// Re-anchors every case of scripts/anchoring-cases.ts and counts, per edit, notes placed at the right words,
// placed overlapping them with other edges, placed on other words (wrong), and unplaced. After a deletion
// (deleted …, boxed …) every placement is wrong.
//
//   npx tsx scripts/eval-anchoring.ts FILE.txt...   [--show N] lists N misplaced or lost notes per edit
import { anchorQuote, makeQuoteSelector } from '../analysis/match-quote';
import { type AnchoringCase, anchoringCases, type Span } from './anchoring-cases';

const args = process.argv.slice(2);
const showAt = args.indexOf('--show');
const show = showAt === -1 ? 0 : Number(args[showAt + 1]);
const files = args.filter((a, i) => !a.startsWith('--') && (showAt === -1 || i !== showAt + 1));

interface Tally {
  right: number;
  edges: number;
  wrong: number;
  unplaced: number;
  examples: string[];
}
const tallies = new Map<string, Tally>();
const tally = (key: string) => {
  const t = tallies.get(key) ?? { right: 0, edges: 0, wrong: 0, unplaced: 0, examples: [] };
  tallies.set(key, t);
  return t;
};
const around = (text: string, s: Span) =>
  `${text.slice(Math.max(0, s.start - 10), s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, s.end + 6)}`.replace(
    /\n/g,
    '⏎',
  );

function count({ key, file, before, note, edited }: AnchoringCase): void {
  const t = tally(key);
  const match = anchorQuote(edited.text, makeQuoteSelector(before, note.start, note.end), note);
  const want = edited.expected;
  if (!match) {
    t.unplaced++;
    if (want) t.examples.push(`${file} unplaced ${around(before, note)}`);
  } else if (want && match.start === want.start && match.end === want.end) t.right++;
  else {
    if (want && match.start < want.end && want.start < match.end) t.edges++;
    else t.wrong++;
    t.examples.push(
      `${file} ${match.method} ${match.score.toFixed(2)} ${around(before, note)} → ${around(edited.text, match)}`,
    );
  }
}

for (const file of files) for (const c of anchoringCases(file)) count(c);

const row = (key: string, t: Tally) =>
  `${key.padEnd(30)} ${[t.right, t.edges, t.wrong, t.unplaced].map((n) => String(n).padStart(7)).join('')}`;
const GROUPS = ['deleted', 'boxed', 'benign'];
const totals = new Map(GROUPS.map((group) => [group, tally(`TOTAL ${group}`)]));
console.log(`${'edit'.padEnd(30)}   right  edges  wrong unplaced`);
for (const [key, t] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
  if (key.startsWith('TOTAL')) continue;
  const sum = totals.get(key.split(' ')[0] as string) as Tally;
  sum.right += t.right;
  sum.edges += t.edges;
  sum.wrong += t.wrong;
  sum.unplaced += t.unplaced;
  console.log(row(key, t));
  for (const e of t.examples.slice(0, show)) console.log(`    ${e}`);
}
for (const [group, sum] of totals) console.log(row(`TOTAL ${group}`, sum));
