import { isHan } from './normalize-chars';
import type { Bound } from './types';

// Bound words the guideline leaves out of a target's span (its prefixes are only 超过 超 不低于 不少于 达到
// 达 近 约; its suffixes 左右 以上 以下 以内) that still say what the number means to a reader: `不超过3%` is at
// most 3%, not more than it. Longest first where one ends another (不超过 before 超过).
const BEFORE: readonly (readonly [string, Bound])[] = [
  ['不超过', '<='],
  ['未超过', '<='],
  ['不高于', '<='],
  ['不多于', '<='],
  ['高于', '>'],
  ['多于', '>'],
  ['低于', '<'],
  ['少于', '<'],
  ['不足', '<'],
  ['不到', '<'],
  ['逾', '>'],
  ['至少', '>='],
  ['最少', '>='],
  ['至多', '<='],
  ['最多', '<='],
];
const LAST = new Set(BEFORE.map(([word]) => word.charCodeAt(word.length - 1)));
const SHANG = '上'.charCodeAt(0);
const XIA = '下'.charCodeAt(0);
const YOU = '游'.charCodeAt(0);
const JI = '及'.charCodeAt(0);

/** The bound word right before `at` that stays outside the span, and the bound it gives a number; else undefined. */
export function boundBefore(text: string, at: number): readonly [string, Bound] | undefined {
  if (!LAST.has(text.charCodeAt(at - 1))) return undefined;
  return BEFORE.find(([word]) => text.startsWith(word, at - word.length));
}

/**
 * `5%上下`: about, where 上下 right after the span is not 上下游 (upstream and downstream); `90%及以上`, `及以下`:
 * at least, at most.
 */
export function boundAfter(text: string, at: number): Bound | undefined {
  const next = text.charCodeAt(at);
  if (next === JI) return text.startsWith('及以上', at) ? '>=' : text.startsWith('及以下', at) ? '<=' : undefined;
  const about = next === SHANG && text.charCodeAt(at + 1) === XIA && text.charCodeAt(at + 2) !== YOU;
  return about ? '~' : undefined;
}

// Adverbs that bound the amount of the verb they stand before: `至少办好一所`, `至少新增2000个`.
const SCOPE: readonly (readonly [string, Bound])[] = [
  ['至少', '>='],
  ['最少', '>='],
  ['至多', '<='],
  ['最多', '<='],
];
/** How many characters of a verb may stand between such an adverb and the number (`办好`, `新增`, `建成`). */
const SCOPE_GAP = 3;

/** The bound an adverb a short verb before `at` gives the number there (`至少新增2000个`); else undefined. */
export function scopeBound(text: string, at: number): Bound | undefined {
  for (let gap = 1; gap <= SCOPE_GAP && isHan(text.charCodeAt(at - gap)); gap++) {
    const found = SCOPE.find(([word]) => text.startsWith(word, at - gap - word.length));
    if (found) return found[1];
  }
  return undefined;
}
