import type { Target } from '../../analysis/types';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';
import { figureWords, siblingLabel, type Translate } from '../../utils/present-target';
import type { PageIndicators } from '../../utils/protocol-indicators';
import { unwrapReply } from './notes/notes-api';

/**
 * The hover card's indicator rows: what a target measures, the report's other figures of it (去年实际 5.4% ·
 * 今年目标 5%左右) and, when the library holds the same government's report of the year before, the goal it
 * set (去年目标 5%左右). Once the page is recorded the background names its headline figures measured once
 * and gives those goals; the page learns nothing else of the library.
 */
export class IndicatorCard {
  readonly #ask: () => Promise<PageIndicators | null>;
  /** Last year's goal by indicator name. */
  #lastYear = new Map<string, string>();
  /** By the start of each of this page's targets measured once: its indicator, and last year's goal if known. */
  #byStart = new Map<number, { indicator: string; goal?: string }>();
  /** Where this page's several-year figures start (a five-year plan's goals and totals, annual averages). */
  #severalYears = new Set<number>();

  readonly #t: Translate;

  constructor(ask = () => unwrapReply(sendMessage('indicators:ofPage', undefined)), tr: Translate = t) {
    this.#ask = ask;
    this.#t = tr;
  }

  /** After the page was recorded: asks what its figures measure, and for last year's goals of them. */
  async refresh(): Promise<void> {
    const answer = await this.#ask();
    const goals = (answer?.goals ?? []).map(({ indicator, goal, starts }) => ({
      indicator,
      goal: figureWords(goal),
      starts,
    }));
    this.#lastYear = new Map(goals.map(({ indicator, goal }) => [indicator, goal]));
    this.#byStart = new Map(
      (answer?.headlines ?? []).flatMap(({ indicator, starts }) => starts.map((at) => [at, { indicator }] as const)),
    );
    for (const { indicator, goal, starts } of goals)
      for (const at of starts) this.#byStart.set(at, { indicator, goal });
    this.#severalYears = new Set(answer?.severalYears ?? []);
  }

  rows(target: Target, targets: readonly Target[]): [string, string][] {
    const name = target.indicator;
    if (!name) {
      // Measured once here: a headline indicator, or one last year's report set a goal for.
      const known = this.#byStart.get(target.start);
      if (!known) return [];
      const rows: [string, string][] = [[this.#t('indicatorRowName'), known.indicator]];
      if (known.goal) rows.push([this.#t('indicatorRowLastReport'), this.#t('indicatorLastYearGoal', known.goal)]);
      return rows;
    }
    const rows: [string, string][] = [[this.#t('indicatorRowName'), name]];
    // The year's figures first, then the plan period's (十四五's 13.5% is no 今年目标); a figure restated, once.
    const siblings = targets.filter((t) => t.indicator === name);
    const years = (s: Target) => s.severalYears === true || this.#severalYears.has(s.start);
    const words = [...siblings.filter((s) => !years(s)), ...siblings.filter(years)].map(
      (s) => `${siblingLabel(s.kind, this.#t, years(s))} ${figureWords(s)}`,
    );
    rows.push([this.#t('indicatorRowSiblings'), [...new Set(words)].join(' · ')]);
    const before = this.#lastYear.get(name);
    if (before) rows.push([this.#t('indicatorRowLastReport'), this.#t('indicatorLastYearGoal', before)]);
    return rows;
  }
}
