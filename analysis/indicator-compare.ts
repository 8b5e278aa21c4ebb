import { type NamedMeasure, nameMeasures } from './indicator';
import { headlineRank } from './indicator-names';
import type { Bound, Target, TargetKind } from './types';

/** A figure as written and normalised. */
export interface Figure {
  text: string;
  value: Target['value'];
  unit: string;
  bound: Bound;
}

/** One target as a comparison of two reports reads it. */
export interface NamedFigure extends Figure {
  /** What it measures; '' when its sentence names nothing. */
  name: string;
  kind: TargetKind;
  /** An indicator of its own report (measured there more than once), or a headline one. */
  notable: boolean;
  /** A several-year figure: a five-year plan's goal or total, an annual average. */
  severalYears: boolean;
  /** Lower first: the year's own figure (今年, 主要预期目标) before a several-year one. */
  rank: number;
}

/** One indicator across two consecutive reports of a government. */
export interface ComparisonRow {
  indicator: string;
  /** The earlier report's goal for its year. */
  goalA: Figure | null;
  /** The result for the earlier report's year, as the later report's review states it. */
  resultA: Figure | null;
  /** The later report's goal for its year. */
  goalB: Figure | null;
  /** From the earlier goal to the later one: as written, and by value where both are single numbers of one unit. */
  change: { text: string; delta: number | null } | null;
}

/** A target row as stored or sent: the target (with `severalYears` as the analysis set it) and its sentence. */
export type SentencedTarget = Target & { sentence: string };

const THE_YEAR = /今年|去年|全年|主要预期目标|上年/u;

// Several years by its own words (年均) or, as the analysis marks it, by its section or paragraph.
function figureOf(t: Target, m: NamedMeasure, yearOwn: boolean): NamedFigure {
  const severalYears = m.multiYear || t.severalYears === true;
  return {
    text: t.text,
    value: t.value,
    unit: t.unit,
    bound: t.bound,
    name: t.indicator ?? m.name,
    kind: t.kind,
    notable: Boolean(t.indicator) || m.headline,
    severalYears,
    rank: (severalYears ? 2 : 0) + (yearOwn ? 0 : 1),
  };
}

/**
 * A whole report's targets as analyze() names them (the CLI: the text is at hand). The year's own figure is
 * told by its paragraph (今年发展主要预期目标是：…；…能耗降低3%左右), which the full text gives.
 */
export function figuresOfText(text: string, targets: readonly Target[]): NamedFigure[] {
  const measures = nameMeasures(text, targets);
  return targets.map((t, i) =>
    figureOf(t, measures[i] as NamedMeasure, THE_YEAR.test(paragraphOf(text, t.start, t.end))),
  );
}

function paragraphOf(text: string, start: number, end: number): string {
  const to = text.indexOf('\n', end);
  return text.slice(text.lastIndexOf('\n', start) + 1, to < 0 ? text.length : to);
}

/**
 * Stored target rows, named from their sentences alone (the library keeps each target's sentence, not the
 * page): each run of rows from one sentence is read as a text of its own.
 */
export function figuresOfRows(rows: readonly SentencedTarget[], national: boolean): NamedFigure[] {
  const figures: NamedFigure[] = [];
  let yearOwn = false;
  let listGoesOn = false;
  for (let i = 0; i < rows.length; ) {
    const sentence = (rows[i] as SentencedTarget).sentence;
    let j = i;
    while (j < rows.length && (rows[j] as SentencedTarget).sentence === sentence) j++;
    let cursor = 0;
    const local = rows.slice(i, j).map((row) => {
      const at = sentence.indexOf(row.text, cursor);
      const start = at < 0 ? sentence.length : at;
      cursor = at < 0 ? cursor : at + row.text.length;
      return { ...row, start, end: at < 0 ? start : cursor };
    });
    const measures = nameMeasures(sentence, local, national);
    // 今年发展主要预期目标是：…6%以上；城镇新增就业1100万人以上，…；: the list's later parts, each a sentence of
    // its own here, are still the year's own figures.
    yearOwn = THE_YEAR.test(sentence) || (yearOwn && listGoesOn);
    listGoesOn = /[；;]\s*$/u.test(sentence);
    for (const [k, t] of local.entries()) {
      figures.push(figureOf(t, measures[k] as NamedMeasure, yearOwn));
    }
    i = j;
  }
  return figures;
}

/**
 * The figure of one name and kind that best stands for its year (the year's own paragraph first); never a
 * several-year one: a five-year plan's goal (城镇化率65%) is no goal of the year, nor its total a year's result.
 */
export function pick(figures: readonly NamedFigure[], name: string, kind: TargetKind): Figure | null {
  let best: NamedFigure | null = null;
  for (const f of figures)
    if (f.name === name && f.kind === kind && !f.severalYears && (!best || f.rank < best.rank)) best = f;
  return best && { text: best.text, value: best.value, unit: best.unit, bound: best.bound };
}

function changeOf(from: Figure | null, to: Figure | null): ComparisonRow['change'] {
  if (!from || !to) return null;
  const plain = typeof from.value === 'number' && typeof to.value === 'number' && from.unit === to.unit;
  const delta = plain ? Math.round(((to.value as number) - (from.value as number)) * 1e6) / 1e6 : null;
  return { text: `${from.text} → ${to.text}`, delta };
}

/**
 * Lines up an earlier report (A) and the next one (B) of one government, indicator by indicator: every
 * indicator of either report, and every name both use; headline indicators first, in the usual order.
 */
export function compareFigures(a: readonly NamedFigure[], b: readonly NamedFigure[]): ComparisonRow[] {
  const namesA = new Set(a.map((f) => f.name));
  const namesB = new Set(b.map((f) => f.name));
  const order: string[] = [];
  for (const f of [...b, ...a]) {
    const shared = namesA.has(f.name) && namesB.has(f.name);
    if (f.name && (f.notable || shared) && !order.includes(f.name)) order.push(f.name);
  }
  // Stable: the rest keep the order they appear in, the later report's first.
  const rank = (name: string) => Math.min(headlineRank(name), 1000);
  order.sort((x, y) => rank(x) - rank(y));
  return order
    .map((name) => {
      const goalA = pick(a, name, 'goal');
      const goalB = pick(b, name, 'goal');
      return { indicator: name, goalA, resultA: pick(b, name, 'past'), goalB, change: changeOf(goalA, goalB) };
    })
    .filter((row) => row.goalA || row.resultA || row.goalB);
}
