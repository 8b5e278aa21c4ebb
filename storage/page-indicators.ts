import { figuresOfRows, pick } from '../analysis/indicator-compare';
import { yearOf } from '../analysis/report-key';
import { normalizeUrl } from '../utils/normalize-url';
import type { PageIndicators } from '../utils/protocol-indicators';
import type { GovMarkDB } from './db';
import { listPagesByReportKey } from './pages';

/**
 * What one recorded report page's figures measure, as the library reads them: the headline indicators it
 * measures once (the engine names only those measured twice), and the goals the previous year's report of
 * the same government set for its indicators (report:2022:全国 → report:2021:全国). Only those figures,
 * nothing else of the library; null for a page the library has not recorded.
 */
export async function pageIndicators(db: GovMarkDB, url: string): Promise<PageIndicators | null> {
  const page = await db.pages.get(normalizeUrl(url));
  if (!page) return null;
  const key = yearOf(page.reportKey);
  const national = key?.region === '全国';
  // The page's indicators, also those it measures once (named from their sentences, as the library does).
  const starts = new Map<string, number[]>();
  const headlines = new Map<string, number[]>();
  const severalYears: number[] = [];
  figuresOfRows(page.targets, national).forEach((figure, i) => {
    const target = page.targets[i];
    if (target !== undefined && figure.severalYears) severalYears.push(target.start);
    if (!figure.name || target === undefined) return;
    starts.set(figure.name, [...(starts.get(figure.name) ?? []), target.start]);
    if (figure.notable && !target.indicator) {
      headlines.set(figure.name, [...(headlines.get(figure.name) ?? []), target.start]);
    }
  });
  const named = [...headlines].map(([indicator, at]) => ({ indicator, starts: at }));
  if (!key) return { year: null, goals: [], headlines: named, severalYears };
  const year = key.year - 1;
  const previous = await listPagesByReportKey(db, `report:${year}:${key.region}`);
  const figures = figuresOfRows(
    previous.flatMap((p) => p.targets),
    national,
  );
  const goals = [...starts].flatMap(([indicator, at]) => {
    const goal = previous.length === 0 ? null : pick(figures, indicator, 'goal');
    return goal ? [{ indicator, goal, starts: at }] : [];
  });
  return { year, goals, headlines: named, severalYears };
}
