/** A half-open span [start, end) of UTF-16 offsets into the analysed text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** goal: a plan or commitment for the coming period; past: a result achieved; other: e.g. a baseline. */
export const TARGET_KINDS = ['goal', 'past', 'other'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** `=` exact, `>`/`>=` lower bound, `<`/`<=` upper bound, `~` approximate, `range` a [low, high] pair. */
export const BOUNDS = ['=', '>', '>=', '<', '<=', '~', 'range'] as const;
export type Bound = (typeof BOUNDS)[number];

/** The four kinds of highlight a reader can show or hide: the target kinds and agencies. */
export const CATEGORIES = [...TARGET_KINDS, 'agency'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Target extends Span {
  kind: TargetKind;
  /** Normalised value: 万/亿 multiplied out; a pair for ranges; null where the guideline gives none (`两位数`). */
  value: number | [number, number] | null;
  /** Unit or measure word without the multiplier (`个`, `%`, `元`, `个百分点`); '' when there is none. */
  unit: string;
  bound: Bound;
  /** The bodies the text makes responsible for this item, as written and in order; empty elsewhere. */
  agency: string[];
  /** What the target measures (地区生产总值增速), where another target of the report measures the same thing. */
  indicator?: string;
  /** A several-year figure (a five-year plan's goal or total, an annual average), set with the indicators. */
  severalYears?: boolean;
  /**
   * The sentence holding the target, [start, end) in the same text, ending with its 。！？；(or their ASCII
   * forms) or line break.
   */
  sentenceAt?: [number, number];
}

export type Agency = Span;

export interface AnalyzeOptions {
  /** The page title, when there is one: it helps detection but is not part of the text. */
  title?: string;
  /** The page's host name (`www.gov.cn`), when there is one: a government site or e-paper helps detection a little. */
  site?: string;
  /** The reader asked for the page to be read as a report (the popup's 仍然分析此页): detection says yes. */
  asked?: boolean;
}

export interface Analysis {
  isReport: boolean;
  /** 0..1 */
  confidence: number;
  /** Human-readable reasons for the detection verdict, in Chinese and English-neutral wording. */
  reasons: string[];
  targets: Target[];
  agencies: Agency[];
  /** Newspaper continuation markers when the page is one part of a longer printing. */
  pages?: PageInfo;
}

export interface PageInfo {
  /** This page's number, when the text names it (第08版). */
  page?: string;
  /** 上接07版 */
  continuedFrom?: string;
  /** 下转09版 */
  continuesOn?: string;
}
