import { figuresOfRows, pick } from '../analysis/indicator-compare';
import { normalizeUrl } from '../utils/normalize-url';
import type { LastYearGoals } from '../utils/protocol-indicators';
import type { GovMarkDB } from './db';
import { listPagesByReportKey } from './pages';

const REPORT_KEY = /^report:(\d{4}):(.+)$/u;

/**
 * The goals the previous year's report of the same government set for the indicators of one recorded page
 * (report:2022:全国 → report:2021:全国): only those figures, nothing else of the library.
 */
export async function lastYearGoals(db: GovMarkDB, url: string): Promise<LastYearGoals | null> {
  const page = await db.pages.get(normalizeUrl(url));
  const key = page && REPORT_KEY.exec(page.reportKey);
  if (!page || !key) return null;
  const year = Number(key[1]) - 1;
  const region = key[2] as string;
  const previous = await listPagesByReportKey(db, `report:${year}:${region}`);
  if (previous.length === 0) return null;
  const figures = figuresOfRows(
    previous.flatMap((p) => p.targets),
    region === '全国',
  );
  // The page's indicators, also those it measures once (named from their sentences, as the library does).
  const wanted = new Map<string, number[]>();
  figuresOfRows(page.targets, region === '全国').forEach((figure, i) => {
    const start = page.targets[i]?.start;
    if (figure.name && start !== undefined) wanted.set(figure.name, [...(wanted.get(figure.name) ?? []), start]);
  });
  const goals = [...wanted].flatMap(([indicator, starts]) => {
    const goal = pick(figures, indicator, 'goal');
    return goal ? [{ indicator, goal, starts }] : [];
  });
  return { year, goals };
}
