import { normalizeUrl } from '../utils/normalize-url';
import type { GovMarkDB } from './db';
import type { PageRecord } from './types';

/** Records (or refreshes) a report page the reader opened; the URL is normalised. */
export async function putPage(db: GovMarkDB, record: PageRecord): Promise<PageRecord> {
  const url = normalizeUrl(record.url);
  const stored = { ...record, url, reportKey: record.reportKey || url };
  await db.transaction('rw', db.pages, () => db.pages.put(stored));
  return stored;
}

/** Every recorded report page, most recently seen first. */
export function listPages(db: GovMarkDB): Promise<PageRecord[]> {
  return db.pages.orderBy('seenAt').reverse().toArray();
}

/** The recorded pages of one report (e.g. the 07, 08 and 09 pages of one printing), by URL. */
export function listPagesByReportKey(db: GovMarkDB, reportKey: string): Promise<PageRecord[]> {
  return db.pages.where('reportKey').equals(reportKey).sortBy('url');
}

/** Forgets every recorded page (the library's "clear history"); annotations stay. Returns how many went. */
export function clearPages(db: GovMarkDB): Promise<number> {
  return db.transaction('rw', db.pages, async () => {
    const count = await db.pages.count();
    await db.pages.clear();
    return count;
  });
}
