import { PROVINCES } from '../analysis/regions';
import { yearOf } from '../analysis/report-key';

type Province = (typeof PROVINCES)[number];

// The level each province-level region is named with (内蒙古 → 内蒙古自治区); 省 where not listed.
const MUNICIPALITIES = new Set<string>(['北京', '天津', '上海', '重庆']);
const REGION_SUFFIX: Partial<Record<Province, string>> = {
  内蒙古: '自治区',
  西藏: '自治区',
  广西: '壮族自治区',
  宁夏: '回族自治区',
  新疆: '维吾尔自治区',
  香港: '特别行政区',
  澳门: '特别行政区',
};
const LOCAL_LEVEL = /^(?:市|州|盟|地区|县|区|旗)/u;

/** 内蒙古 → 内蒙古自治区, 北京 → 北京市, 成都 → 成都市 when the titles say so; the short form otherwise. */
function fullRegion(region: string, titles: readonly string[]): string {
  if (MUNICIPALITIES.has(region)) return `${region}市`;
  if ((PROVINCES as readonly string[]).includes(region)) return `${region}${REGION_SUFFIX[region as Province] ?? '省'}`;
  // A city or county: its level as the page's title writes it right after the name.
  for (const title of titles) {
    const at = title.indexOf(region);
    const level = at >= 0 ? LOCAL_LEVEL.exec(title.slice(at + region.length))?.[0] : undefined;
    if (level) return `${region}${level}`;
  }
  return region;
}

// A title that is a salutation or a heading fragment (各位代表：) names nothing.
const POOR_TITLE = /^\s*$|[:：]\s*$/u;

/**
 * A report as a person names it: `2026年内蒙古自治区政府工作报告` from the report key's year and region
 * (analysis/report-key.ts), the national one `2026年国务院政府工作报告`; for a page the engine could not
 * place (its URL is the key), its title. Never a URL: `fallback` names a page with no usable title.
 */
export function reportName(key: string, titles: readonly string[], fallback = '政府工作报告'): string {
  // The engine's key, or an older export's `2024-内蒙古自治区-政府工作报告`.
  const legacy = /^(\d{4})-(.+?)-政府工作报告$/u.exec(key);
  const parts = yearOf(key) ?? (legacy ? { year: Number(legacy[1]), region: legacy[2] as string } : null);
  if (parts) {
    const { year, region } = parts;
    return region === '全国' ? `${year}年国务院政府工作报告` : `${year}年${fullRegion(region, titles)}政府工作报告`;
  }
  // Any other key that is no address was written by a person (an imported file): it is a name already.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(key)) return key;
  return titles.map((t) => t.trim()).find((t) => !POOR_TITLE.test(t)) ?? fallback;
}
