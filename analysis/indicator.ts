import { groupMembers } from './indicator-groups';
import { headlineName, plainName } from './indicator-names';
import { type Measure, readMeasures, SENTENCE_END } from './indicator-phrase';
import { isNationalReport } from './national-report';
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
const MEASURE_WORDS = /^[个处项家座条所套台张栋间户场批宗件部只辆艘架块种类支名位]$/;
// A place word in front narrows a figure to a part: 中心城区新增机动车停车位 is not the city's total.
const SUB_SCOPE = /^(?:中心城区|主城区|城区|市区|郊区|农村|乡村|山区|县城|县域|城市)/;
const MIN_SIMILARITY = 0.7;
// How many figures on each side a baseline (从X…) is weighed against: its other end stands next to it.
const NEIGHBOURS = 8;
const MAX_NAME = 30;

/** Names every target's measure (also the ones measured once), for the card, the compare view and the CLI. */
export function nameMeasures(
  text: string,
  targets: readonly Target[],
  national = isNationalReport(text),
): NamedMeasure[] {
  return readMeasures(text, targets).map((m, i) => {
    const t = targets[i] as Target;
    const percent = t.unit === '%';
    const topic = m.topic;
    const headline =
      headlineName(m.subject, m.change, national, percent) ??
      (topic ? headlineName(topic, m.change, national, percent) : null);
    const base = m.object ? `${verbBefore(m.subject)}${m.object}` : m.subject;
    // A phrase longer than any indicator's name is a whole clause the reader could not use as one.
    const name = headline ?? (base.length >= 2 && base.length <= MAX_NAME ? plainName(base, m.change, percent) : '');
    // Field by field, not a spread: thousands of targets, and copying by spread is the slow part of naming them.
    return {
      subject: m.subject,
      object: m.object,
      change: m.change,
      flavour: m.flavour,
      multiYear: m.multiYear,
      topic: m.topic,
      clause: m.clause,
      sentence: m.sentence,
      name,
      headline: headline !== null,
      key: m.object || m.subject,
    };
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

function overlap(x: Set<string>, y: Set<string>, same: boolean): number {
  if (x.size < 2 || y.size < 2) return same ? 1 : 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return shared < 2 ? 0 : shared / Math.min(x.size, y.size);
}

/** Shared character pairs over the shorter phrase's: 新增运营里程 / 新增轨道交通运营里程 → 0.8. */
export function similarity(a: string, b: string): number {
  return overlap(bigrams(a), bigrams(b), a === b && a.length >= 2);
}

/** A target's measure with what every comparison needs worked out once. */
interface Candidate
  extends Pick<NamedMeasure, 'name' | 'headline' | 'key' | 'change' | 'flavour' | 'clause' | 'sentence'> {
  kind: Target['kind'];
  /** A plan period's total or cumulative change (城镇新增就业超过6000万人, 降低13.5%): not the year's measure. */
  total: boolean;
  unitClass: string;
  scope: string;
  /** Its key's character pairs. */
  pairs: Set<string>;
}

/** How strongly two targets measure the same thing (0: not at all). Cheap tests first: reports hold thousands. */
function sameness(x: Candidate, y: Candidate): number {
  if (!x.name || !y.name || x.unitClass !== y.unitClass || x.total !== y.total) return 0;
  if (x.flavour && y.flavour && x.flavour !== y.flavour) return 0;
  // Two figures of one clause are two aspects (增速 and 总量, 城 and 乡), unless one is 从X's baseline.
  if (x.kind !== 'other' && y.kind !== 'other' && x.clause === y.clause) return 0;
  // A headline name already says growth or level (国内生产总值增速, 国内生产总值).
  if (x.headline || y.headline) return x.name === y.name ? 1 : 0;
  if (x.change !== y.change || x.scope !== y.scope) return 0;
  if (x.key === y.key) return 1;
  // A looser likeness only between a result and a goal, or the two ends of 从X提高到Y in one sentence.
  const crosses = (x.kind === 'goal' && y.kind === 'past') || (x.kind === 'past' && y.kind === 'goal');
  const baseline = (x.kind === 'other' || y.kind === 'other') && x.sentence === y.sentence;
  if (!crosses && !baseline) return 0;
  const s = overlap(x.pairs, y.pairs, false);
  return s >= MIN_SIMILARITY ? s : 0;
}

/** Pairs worth weighing, found without trying every pair: a long report holds thousands of targets. */
function candidatePairs(
  candidates: ReadonlyArray<Candidate | null>,
  measures: readonly NamedMeasure[],
): Array<[number, number, number]> {
  const edges: Array<[number, number, number]> = [];
  const weigh = (i: number, j: number) => {
    const x = candidates[i];
    const y = candidates[j];
    const s = x && y ? sameness(x, y) : 0;
    if (s > 0) edges.push([s, Math.min(i, j), Math.max(i, j)]);
    return s > 0;
  };
  // The same name (or counted noun): each joins the nearest earlier one it may join; groups connect the rest.
  const same = new Map<string, number[]>();
  // A likeness needs two shared character pairs: a result looks them up among goals and a goal among results;
  // a baseline (从X…) only meets the figures of its own sentence.
  const postings = { goal: new Map<string, number[]>(), past: new Map<string, number[]>() };
  // Per earlier target, how many character pairs it shares with the current one; counters, not a map per target.
  const shared = new Int32Array(candidates.length);
  const touched: number[] = [];
  candidates.forEach((c, i) => {
    if (!c) return;
    const exact = c.headline ? `h ${c.name} ${c.unitClass}` : `k ${c.key} ${c.unitClass} ${c.change} ${c.scope}`;
    const earlier = same.get(exact) ?? [];
    for (let k = earlier.length - 1; k >= Math.max(0, earlier.length - 8); k--)
      if (weigh(i, earlier[k] as number)) break;
    earlier.push(i);
    same.set(exact, earlier);
    if (c.headline) return;
    if (c.kind === 'other') {
      // Its neighbours only: a sentence without end (a page of 从1万个提高到2万个) would pair every figure with every other.
      const from = Math.max(0, i - NEIGHBOURS);
      const to = Math.min(measures.length - 1, i + NEIGHBOURS);
      for (let j = i - 1; j >= from && (measures[j] as NamedMeasure).sentence === c.sentence; j--)
        if (weigh(i, j)) break;
      for (let j = i + 1; j <= to && (measures[j] as NamedMeasure).sentence === c.sentence; j++) if (weigh(i, j)) break;
      return;
    }
    const own = postings[c.kind];
    const other = postings[c.kind === 'goal' ? 'past' : 'goal'];
    for (const g of c.pairs) {
      const list = other.get(g);
      // A pair in dozens of phrases (新增, 建设) tells nothing apart.
      if (list && list.length <= 64)
        for (const j of list) {
          if (shared[j] === 0) touched.push(j);
          shared[j] = (shared[j] ?? 0) + 1;
        }
      const mine = own.get(g);
      if (mine) mine.push(i);
      else own.set(g, [i]);
    }
    for (const j of touched) {
      if ((shared[j] as number) >= 2 && (candidates[j] as Candidate).key !== c.key) weigh(i, j);
      shared[j] = 0;
    }
    touched.length = 0;
  });
  return edges;
}

/**
 * Gives `indicator` to every target whose measure another target of the report shares: last year's result
 * and this year's goal, the two ends of 从X提高到Y, a goal restated later. Likest pairs join first; a group
 * never takes in two results (or two goals) of different names, so one loose likeness cannot chain groups.
 */
export function assignIndicators(text: string, all: Target[]): void {
  const targets = outsideCrowds(text, all);
  const measures = nameMeasures(text, targets);
  // Keys recur (a report restates its goals; a hostile page repeats one phrase 30,000 times): pairs once per key.
  const pairsByKey = new Map<string, Set<string>>();
  const pairsOf = (key: string) => {
    let pairs = pairsByKey.get(key);
    if (!pairs) {
      pairs = bigrams(key);
      pairsByKey.set(key, pairs);
    }
    return pairs;
  };
  // Only a named measure can be the same as another: the rest (all of a page of bare figures) get no candidate.
  const candidates = measures.map((m, i): Candidate | null => {
    if (!m.name) return null;
    const t = targets[i] as Target;
    return {
      name: m.name,
      headline: m.headline,
      key: m.key,
      change: m.change,
      flavour: m.flavour,
      clause: m.clause,
      sentence: m.sentence,
      kind: t.kind,
      // The guideline joins a plan period's averages (年均增长5.2%) and rates (失业率5.5%以内) to the year's
      // indicator; a sum over the years or a change over them is another measure.
      total: t.severalYears === true && !m.multiYear && !(t.unit === '%' && m.change === 'level'),
      unitClass: unitClass(t.unit),
      scope: SUB_SCOPE.exec(m.key)?.[0] ?? '',
      pairs: pairsOf(m.key),
    };
  });
  const edges = candidatePairs(candidates, measures);
  edges.sort((p, q) => q[0] - p[0] || p[1] - q[1] || p[2] - q[2]);
  for (const members of groupMembers(candidates, edges)) {
    const name = groupName(targets, measures, members);
    for (const k of members) (targets[k] as Target).indicator = name;
  }
}

// No report's sentence holds this many figures: a run of them is a table flattened into one line, or noise.
const CROWD = 64;

/** The targets outside sentences crowded with figures: those get no indicator, and cost no naming. */
function outsideCrowds(text: string, targets: Target[]): Target[] {
  const kept: Target[] = [];
  let first = 0;
  const close = (end: number) => {
    if (end - first <= CROWD) for (let k = first; k < end; k++) kept.push(targets[k] as Target);
    first = end;
  };
  // The next sentence end, searched for once per sentence: every character is read at most once.
  const stops = new RegExp(SENTENCE_END.source, 'g');
  const nextFrom = (at: number) => {
    stops.lastIndex = at;
    return stops.exec(text)?.index ?? Number.POSITIVE_INFINITY;
  };
  let next = nextFrom(0);
  targets.forEach((t, i) => {
    if (next >= t.start) return;
    if (i > first) close(i);
    next = nextFrom(t.start);
  });
  close(targets.length);
  return kept;
}

// A headline name first; else the goal's wording (plans name things more fully than reviews); else the first.
function groupName(targets: Target[], measures: NamedMeasure[], members: number[]): string {
  const headline = members.find((k) => (measures[k] as NamedMeasure).headline);
  const goal = members.find((k) => (targets[k] as Target).kind === 'goal');
  return (measures[headline ?? goal ?? (members[0] as number)] as NamedMeasure).name;
}
