import type { Bound, Category, Target, TargetKind } from '../analysis/types';
import { type MessageKey, t } from './i18n';

/** A translator: `t` in the extension; tests pass one reading a locale's messages.json. */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

// The one table of words for the engine's vocabularies: everything that names a kind, a bound or a
// category on any surface (page legend, hover card, popup, library) asks here.
const CATEGORY_KEY: Record<Category, MessageKey> = {
  goal: 'categoryGoal',
  past: 'categoryPast',
  other: 'categoryOther',
  agency: 'categoryAgency',
};

const BOUND_KEY: Record<Bound, MessageKey> = {
  '=': 'boundExact',
  '>': 'boundAbove',
  '>=': 'boundAtLeast',
  '<': 'boundBelow',
  '<=': 'boundAtMost',
  '~': 'boundAbout',
  range: 'boundRange',
};

/** How a value with each bound is written: 超过80%, 不低于18万人, 3%以内, 5%左右. */
const VALUE_KEY: Partial<Record<Bound, MessageKey>> = {
  '>': 'valueAbove',
  '>=': 'valueAtLeast',
  '<': 'valueBelow',
  '<=': 'valueAtMost',
  '~': 'valueAbout',
};

/**
 * The bounds as export files spell them: words, not the engine's symbols (a bare `=` would be neutralised
 * to `'=` in every CSV row). File formats, so the same in every UI language.
 */
export const BOUND_CODES: Record<Bound, string> = {
  '=': 'exact',
  '>': 'above',
  '>=': 'at-least',
  '<': 'below',
  '<=': 'at-most',
  '~': 'about',
  range: 'range',
};

// On this year's report a result is last year's, a goal this year's: how the card names an indicator's siblings.
const SIBLING_KEY: Record<TargetKind, MessageKey> = {
  past: 'indicatorSiblingPast',
  goal: 'indicatorSiblingGoal',
  other: 'indicatorSiblingOther',
};

// A several-year figure (a five-year plan's goal or total, an annual average) is no last year's or this year's.
const PLAN_SIBLING_KEY: Record<TargetKind, MessageKey> = {
  past: 'indicatorSiblingPlanPast',
  goal: 'indicatorSiblingPlanGoal',
  other: 'indicatorSiblingOther',
};

export const siblingLabel = (kind: TargetKind, tr: Translate = t, severalYears = false) =>
  tr((severalYears ? PLAN_SIBLING_KEY : SIBLING_KEY)[kind]);

export const categoryLabel = (category: Category, tr: Translate = t) => tr(CATEGORY_KEY[category]);
/** The message keys categoryLabel() reads. */
export const CATEGORY_LABEL_KEYS: readonly MessageKey[] = Object.values(CATEGORY_KEY);
export const kindLabel = (kind: TargetKind, tr: Translate = t) => categoryLabel(kind, tr);
export const boundLabel = (bound: Bound, tr: Translate = t) => tr(BOUND_KEY[bound]);

// Amounts read as reports write them: 134.9万亿, 25亿, 1.5万; below ten thousand the number itself.
const SCALES: [from: number, unit: number, word: string][] = [
  [1e12, 1e12, '万亿'],
  [1e8, 1e8, '亿'],
  [1e4, 1e4, '万'],
];

/** A normalised number as a Chinese reader writes it: 134.9万亿, 17.7万, 8000, 4.5. */
export function formatAmount(n: number): string {
  const [, unit, word] = SCALES.find(([from]) => Math.abs(n) >= from) ?? [0, 1, ''];
  // toFixed then Number drops float noise (134.90000000000001) and trailing zeros.
  return `${Number((n / unit).toFixed(4))}${word}`;
}

/** A change of an amount with its sign, in 万 and 亿 (+300亿, -0.5): the compare view's and the CLI's. */
export const signedAmount = (delta: number): string =>
  `${delta > 0 ? '+' : delta < 0 ? '-' : ''}${formatAmount(Math.abs(delta))}`;

/**
 * A figure's words beside other figures (the card's 对照, the indicators and compare tables): without 达到 or
 * 达, which the span keeps (the guideline's prefixes) but which say nothing a bare figure does not
 * (`达到114万亿元` beside `8.1%` reads 114万亿元). Bound words that matter (超过, 近, 约) stay, and a bound
 * written outside the span (从不到70万亿元, 不超过3%) is said, as the figure alone would lose it. Full-width
 * digits and signs are written in ASCII.
 */
export function figureWords({ text, bound }: Pick<Target, 'text' | 'bound'>): string {
  // In ASCII forms, as figures beside each other should read (`2.3％` of one page beside `6%` of another).
  const half = text.replace(/[\uff01-\uff5e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const words = half.replace(/^达到?(?=[0-9零〇一二两三四五六七八九十百千万亿])/u, '');
  const write = FIGURE_BOUND[bound];
  return write === undefined || OWN_BOUND.test(half) ? words : write(words);
}

// A span that says its bound itself: a guideline prefix or suffix, or 多/余 (2000多亿元).
const OWN_BOUND = /^(?:超过?|不低于|不少于|近|约)|(?:左右|以上|以下|以内|之内)$|[多余]/u;
// In the report's words, whatever the UI language: the figure is quoted from the report (its cells are zh-CN).
const FIGURE_BOUND: Partial<Record<Bound, (words: string) => string>> = {
  '>': (w) => `超过${w}`,
  '>=': (w) => `${w}以上`,
  '<': (w) => `不到${w}`,
  '<=': (w) => `不超过${w}`,
  '~': (w) => `约${w}`,
};

/**
 * A target's value with its unit and bound, as the report would write it: 134.9万亿元, 1.5万个, 5%左右,
 * 不低于18万人, 4.5%–5%. The normalised number itself stays in the export files' value columns.
 */
export function formatTargetValue(
  { value, unit, bound }: Pick<Target, 'value' | 'unit' | 'bound'>,
  tr: Translate = t,
): string {
  if (value === null) return unit ? tr('valueNoneUnit', unit) : tr('valueNone');
  const amount = Array.isArray(value)
    ? `${formatAmount(value[0])}${unit}–${formatAmount(value[1])}${unit}`
    : `${formatAmount(value)}${unit}`;
  const key = VALUE_KEY[bound];
  return key ? tr(key, amount) : amount;
}
