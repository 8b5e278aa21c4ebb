import type { Target } from '../../analysis/types';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';
import { figureWords, siblingLabel, type Translate } from '../../utils/present-target';
import type { LastYearGoals } from '../../utils/protocol-indicators';
import { unwrapReply } from './notes/notes-api';

/**
 * The hover card's indicator rows: what a target measures, the report's other figures of it (去年实际 5.4% ·
 * 今年目标 5%左右) and, when the library holds the same government's report of the year before, the goal it
 * set (去年目标 5%左右). Those goals are asked for once per recorded page; the page learns nothing else.
 */
export class IndicatorCard {
  readonly #ask: () => Promise<LastYearGoals | null>;
  /** Last year's goal by indicator name, and by the start of each of this page's targets of it. */
  #lastYear = new Map<string, string>();
  #byStart = new Map<number, { indicator: string; goal: string }>();

  readonly #t: Translate;

  constructor(ask = () => unwrapReply(sendMessage('indicators:lastYear', undefined)), tr: Translate = t) {
    this.#ask = ask;
    this.#t = tr;
  }

  /** After the page was recorded: asks for last year's goals of its indicators. */
  async refresh(): Promise<void> {
    const answer = await this.#ask();
    const goals = (answer?.goals ?? []).map(({ indicator, goal, starts }) => ({
      indicator,
      goal: figureWords(goal.text),
      starts,
    }));
    this.#lastYear = new Map(goals.map(({ indicator, goal }) => [indicator, goal]));
    this.#byStart = new Map(
      goals.flatMap(({ indicator, goal, starts }) => starts.map((at) => [at, { indicator, goal }] as const)),
    );
  }

  rows(target: Target, targets: readonly Target[]): [string, string][] {
    const name = target.indicator;
    if (!name) {
      // Measured once here, but last year's report set a goal for it.
      const known = this.#byStart.get(target.start);
      return known
        ? [
            [this.#t('indicatorRowName'), known.indicator],
            [this.#t('indicatorRowLastReport'), this.#t('indicatorLastYearGoal', known.goal)],
          ]
        : [];
    }
    const rows: [string, string][] = [[this.#t('indicatorRowName'), name]];
    const siblings = targets.filter((t) => t.indicator === name);
    rows.push([
      this.#t('indicatorRowSiblings'),
      siblings.map((s) => `${siblingLabel(s.kind, this.#t)} ${figureWords(s.text)}`).join(' · '),
    ]);
    const before = this.#lastYear.get(name);
    if (before) rows.push([this.#t('indicatorRowLastReport'), this.#t('indicatorLastYearGoal', before)]);
    return rows;
  }
}
