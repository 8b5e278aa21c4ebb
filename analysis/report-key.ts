import { isNationalReport } from './national-report';
import { PROVINCES } from './regions';

const YEAR_TITLE = /((?:19|20)\d{2})年[^，。\n]{0,16}政府工作报告/u;
const YEAR_SESSION = /——\s*((?:19|20)\d{2})年\d{1,2}月\d{1,2}日在/u;
const YEAR_LIST = /((?:19|20)\d{2})年\s*\d*件?(?:民生实事|为民办实事)/u;
// A later page of a printing has no title: its section headings name the report's year (二、2022年经济社会发展
// 总体要求, 三、2022年政府工作任务), or the year before it (一、2021年工作回顾).
const YEAR_PLAN_HEADING =
  /(?:^|\n)[\s#*]*[一二三四五六七八九十]{1,2}[、.．]\s*((?:19|20)\d{2})年(?:经济社会发展|政府工作任务|重点工作|工作安排|主要目标|工作任务)/u;
const YEAR_REVIEW_HEADING = /(?:^|\n)[\s#*]*[一二三四五六七八九十]{1,2}[、.．]\s*((?:19|20)\d{2})年工作回顾/u;
const REGION_TITLE = /(?:(?:19|20)\d{2})年\s*([^\d，。\n]{2,10}?)(?:人民)?政府工作报告/u;
const REGION_SESSION = /在\s*([^\d，。\n第]{2,10}?)(?:第[^，。\n]{1,6}届)?人民代表大会/u;
const REGION_VOICE = /我代表\s*([^，。\n]{2,10}?)人民政府/u;

/** The first of several patterns that matches, as its first group. */
function firstGroup(text: string, patterns: RegExp[]): string | undefined {
  for (const p of patterns) {
    const m = p.exec(text)?.[1];
    if (m) return m.trim();
  }
  return undefined;
}

const yearAfter = (year: string | undefined) => (year === undefined ? undefined : String(Number(year) + 1));

/** The province-level region a text speaks for most often, for a page that never names itself. */
function mostNamedProvince(text: string): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const name of PROVINCES) {
    const count = text.split(name).length - 1;
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return bestCount >= 2 ? best : undefined;
}

const KEY = /^report:(\d{4}):(.+)$/u;

/** The year and region of a report key (`report:2022:全国`); null for a page keyed by its URL. */
export function yearOf(key: string): { year: number; region: string } | null {
  const m = KEY.exec(key);
  return m ? { year: Number(m[1]), region: m[2] as string } : null;
}

/**
 * A key that groups the pages of one report (the 07, 08 and 09 pages of one printing; the same report
 * on two sites): `report:2024:内蒙古` where the year and region can be told, else the page URL.
 */
export function reportKey(text: string, title: string, url: string): string {
  const both = `${title}\n${text.slice(0, 2000)}`;
  const year =
    firstGroup(both, [YEAR_TITLE, YEAR_SESSION, YEAR_LIST]) ??
    firstGroup(text, [YEAR_LIST, YEAR_PLAN_HEADING]) ??
    yearAfter(firstGroup(text, [YEAR_REVIEW_HEADING]));
  let region = firstGroup(both, [REGION_TITLE, REGION_VOICE, REGION_SESSION]);
  if (region === '全国' || region === '国务院' || /^第/u.test(region ?? '')) region = '全国';
  // A later page of the country's report names no region; it speaks of 国内生产总值, not a region's. It may
  // name provinces more than once (北京冬奥会, 香港、澳门), so that comes first.
  region ??= /全国人民代表大会|我代表国务院/u.test(both) || isNationalReport(text) ? '全国' : mostNamedProvince(text);
  if (!year || !region) return url;
  return `report:${year}:${shortRegion(region)}`;
}

/** `内蒙古自治区` and `内蒙古` name one region: keep the short form so pages agree. */
function shortRegion(region: string): string {
  return (
    region
      .replace(/^中华人民共和国/u, '全国')
      .replace(/(?:壮族自治区|回族自治区|维吾尔自治区|特别行政区|自治区|省|市)$/u, '') || region
  );
}
