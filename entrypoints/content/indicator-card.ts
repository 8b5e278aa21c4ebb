import type { Target } from '../../analysis/types';
import { sendMessage } from '../../utils/messaging';
import { siblingLabel } from '../../utils/present-target';
import type { LastYearGoals } from '../../utils/protocol-indicators';
import { unwrapReply } from './notes/notes-api';

// On this year's report a result is last year's, a goal this year's.

/**
 * The hover card's indicator rows: what a target measures, the report's other figures of it (去年实际 5.4% ·
 * 今年目标 5%左右) and, when the library holds the same government's report of the year before, the goal it
 * set (去年目标 5%左右). Those goals are asked for once per recorded page; the page learns nothing else.
 */
export class IndicatorCard {
  readonly #ask: () => Promise<LastYearGoals | null>;
  #lastYear = new Map<string, string>();

  constructor(ask = () => unwrapReply(sendMessage('indicators:lastYear', undefined))) {
    this.#ask = ask;
  }

  /** After the page was recorded: asks for last year's goals of its indicators. */
  async refresh(): Promise<void> {
    const answer = await this.#ask();
    this.#lastYear = new Map((answer?.goals ?? []).map(({ indicator, goal }) => [indicator, goal.text]));
  }

  rows(target: Target, targets: readonly Target[]): [string, string][] {
    const name = target.indicator;
    if (!name) return [];
    const rows: [string, string][] = [['指标', name]];
    const siblings = targets.filter((t) => t.indicator === name);
    rows.push(['对照', siblings.map((t) => `${siblingLabel(t.kind)} ${t.text}`).join(' · ')]);
    const before = this.#lastYear.get(name);
    if (before) rows.push(['上年报告', `去年目标 ${before}`]);
    return rows;
  }
}
