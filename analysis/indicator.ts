import { headlineName, isNationalReport, plainName } from './indicator-names';
import { type Measure, readMeasures, sentenceTopic } from './indicator-phrase';
import type { Target } from './types';

/** What one target measures, named for lining up with other targets of this report and of other reports. */
export interface NamedMeasure extends Measure {
  /** The indicator's name (国内生产总值增速, 老旧小区改造完工); '' when the sentence names nothing. */
  name: string;
  /** Whether the name is a headline indicator's, the same in every report. */
  headline: boolean;
  /** The words compared with other targets' (the counted noun when there is one). */
  key: string;
}

// Measure words count things; 20处 and 20个 重点区域 are one indicator.
const MEASURE_WORDS = /^(?:个|处|项|家|座|条|所|套|台|张|栋|间|户|场|批|宗|件|部|只|辆|艘|架|块|种|类|支|名|位)$/u;
// A place word in front narrows a figure to a part: 中心城区新增机动车停车位 is not the city's total.
const SUB_SCOPE = /^(?:中心城区|主城区|城区|市区|郊区|农村|乡村|山区|县城|县域|城市)/u;
const MIN_SIMILARITY = 0.7;
const MAX_NAME = 30;
const HARD_STOP = /[。；;！？!?\n：:，,]/u;

/** Names every target's measure (also the ones measured once), for the card, the compare view and the CLI. */
export function nameMeasures(
  text: string,
  targets: readonly Target[],
  national = isNationalReport(text),
): NamedMeasure[] {
  return readMeasures(text, targets).map((m, i) => {
    const t = targets[i] as Target;
    const percent = t.unit === '%';
    const topic = m.subject || m.object ? '' : sentenceTopic(text, t.start);
    const headline =
      headlineName(m.subject, m.change, national, percent) ??
      (topic ? headlineName(topic, m.change, national, percent) : null);
    const base = m.object ? `${verbBefore(m.subject)}${m.object}` : m.subject;
    // A phrase longer than any indicator's name is a whole clause the reader could not use as one.
    const name = headline ?? (base.length >= 2 && base.length <= MAX_NAME ? plainName(base, m.change, percent) : '');
    return { ...m, name, headline: headline !== null, key: m.object || m.subject };
  });
}

// The action word kept in front of a counted noun's name (打通 断头路), not a preposition or a list (燕莎桥等).
function verbBefore(subject: string): string {
  return subject.length >= 2 && subject.length <= 4 && !/^[为在对向给把将让使从]/u.test(subject) ? subject : '';
}

function unitClass(unit: string): string {
  return MEASURE_WORDS.test(unit) ? 'count' : unit;
}

function bigrams(s: string): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) set.add(s.slice(i, i + 2));
  return set;
}

/** Shared character pairs over the shorter phrase's: 新增运营里程 / 新增轨道交通运营里程 → 0.8. */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size < 2 || y.size < 2) return a === b && a.length >= 2 ? 1 : 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return shared < 2 ? 0 : shared / Math.min(x.size, y.size);
}

/** How strongly two targets measure the same thing (0: not at all). */
function sameness(text: string, a: Target, b: Target, x: NamedMeasure, y: NamedMeasure): number {
  if (!x.name || !y.name || unitClass(a.unit) !== unitClass(b.unit)) return 0;
  if (x.flavour && y.flavour && x.flavour !== y.flavour) return 0;
  const between = text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start));
  // Two figures of one clause are two aspects (增速 and 总量, 城 and 乡), unless one is 从X's baseline.
  if (a.kind !== 'other' && b.kind !== 'other' && !HARD_STOP.test(between)) return 0;
  // A headline name already says growth or level (国内生产总值增速, 国内生产总值).
  if (x.headline || y.headline) return x.name === y.name ? 1 : 0;
  if (x.change !== y.change) return 0;
  const scopeX = SUB_SCOPE.exec(x.key)?.[0] ?? '';
  const scopeY = SUB_SCOPE.exec(y.key)?.[0] ?? '';
  if (scopeX !== scopeY) return 0;
  if (x.key === y.key) return 1;
  // A looser likeness only between a result and a goal, or the two ends of 从X提高到Y in one sentence.
  const kinds = new Set([a.kind, b.kind]);
  const crosses = kinds.has('goal') && kinds.has('past');
  const baseline = kinds.has('other') && !/[。；;！？!?\n]/u.test(between);
  if (!crosses && !baseline) return 0;
  const s = similarity(x.key, y.key);
  return s >= MIN_SIMILARITY ? s : 0;
}

/**
 * Gives `indicator` to every target whose measure another target of the report shares: last year's result
 * and this year's goal, the two ends of 从X提高到Y, a goal restated later. Likest pairs join first; a group
 * never takes in two results (or two goals) of different names, so one loose likeness cannot chain groups.
 */
export function assignIndicators(text: string, targets: Target[]): void {
  const measures = nameMeasures(text, targets);
  const edges: Array<[number, number, number]> = [];
  for (let i = 0; i < targets.length; i++) {
    for (let j = i + 1; j < targets.length; j++) {
      const s = sameness(
        text,
        targets[i] as Target,
        targets[j] as Target,
        measures[i] as NamedMeasure,
        measures[j] as NamedMeasure,
      );
      if (s > 0) edges.push([s, i, j]);
    }
  }
  edges.sort((p, q) => q[0] - p[0] || p[1] - q[1]);
  const group = targets.map((_, i) => [i]);
  const of = targets.map((_, i) => i);
  for (const [, i, j] of edges) {
    const gi = of[i] as number;
    const gj = of[j] as number;
    if (gi === gj || clash(targets, measures, group[gi] as number[], group[gj] as number[])) continue;
    for (const k of group[gj] as number[]) of[k] = gi;
    (group[gi] as number[]).push(...(group[gj] as number[]));
    group[gj] = [];
  }
  for (const members of group) {
    if (members.length < 2) continue;
    const name = groupName(targets, measures, members);
    for (const k of members) (targets[k] as Target).indicator = name;
  }
}

function clash(targets: Target[], measures: NamedMeasure[], a: number[], b: number[]): boolean {
  return a.some((i) =>
    b.some((j) => {
      const [x, y] = [measures[i] as NamedMeasure, measures[j] as NamedMeasure];
      return (targets[i] as Target).kind === (targets[j] as Target).kind && x.name !== y.name && x.key !== y.key;
    }),
  );
}

// A headline name first; else the goal's wording (plans name things more fully than reviews); else the first.
function groupName(targets: Target[], measures: NamedMeasure[], members: number[]): string {
  const headline = members.find((k) => (measures[k] as NamedMeasure).headline);
  const goal = members.find((k) => (targets[k] as Target).kind === 'goal');
  return (measures[headline ?? goal ?? (members[0] as number)] as NamedMeasure).name;
}
