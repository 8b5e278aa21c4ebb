import type { Annotation } from '../../storage/types';
import { t } from '../../utils/i18n';
import { reportName } from '../../utils/report-name';

export interface PageGroup {
  url: string;
  title: string;
  items: Annotation[];
}

export interface ReportGroup {
  reportKey: string;
  /** As a person names the report: 2026年内蒙古自治区政府工作报告 (utils/report-name.ts). */
  name: string;
  pages: PageGroup[];
}

/**
 * Groups by report, then page, each in order of first appearance: given the newest first, the report
 * with the latest note comes first. Flattening the groups gives the order the library pages through.
 */
export function groupAnnotations(records: readonly Annotation[]): ReportGroup[] {
  const reports = new Map<string, Map<string, PageGroup>>();
  for (const a of records) {
    const pages = reports.get(a.reportKey) ?? new Map<string, PageGroup>();
    reports.set(a.reportKey, pages);
    const page = pages.get(a.url) ?? { url: a.url, title: a.title, items: [] };
    pages.set(a.url, page);
    page.items.push(a);
  }
  return [...reports].map(([reportKey, pages]) => ({
    reportKey,
    name: reportName(
      reportKey,
      [...pages.values()].map((p) => p.title),
      t('reportUntitled'),
    ),
    pages: [...pages.values()],
  }));
}

/** The annotations in grouped order (report, page, then as given). */
export function groupedOrder(records: readonly Annotation[]): Annotation[] {
  return groupAnnotations(records).flatMap((report) => report.pages.flatMap((page) => page.items));
}
