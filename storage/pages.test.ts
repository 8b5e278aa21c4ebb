import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { makeTestDb } from '../tests/unit/fake-db';
import type { GovMarkDB } from './db';
import { clearPages, listPages, listPagesByReportKey, putPage } from './pages';
import type { PageRecord } from './types';

const KEY = '2024-内蒙古自治区-政府工作报告';

function page(n: string, seenAt: number, extra: Partial<PageRecord> = {}): PageRecord {
  return {
    url: `https://szb.nmgnews.com.cn/2024/01/28/${n}.html`,
    title: `第${n}版`,
    reportKey: KEY,
    seenAt,
    confidence: 0.9,
    pageInfo: { page: n },
    targets: [
      {
        start: 3,
        end: 10,
        text: '1.5万个',
        kind: 'goal',
        value: 15000,
        unit: '个',
        bound: '=',
        agency: ['教育厅'],
        sentence: '新增婴幼儿托位1.5万个。',
      },
    ],
    agencyCount: 4,
    ...extra,
  };
}

let db: GovMarkDB;
beforeEach(() => {
  db = makeTestDb();
});
afterEach(() => db.close());

describe('pages', () => {
  test('round trip, with the URL normalised; seeing a page again refreshes it', async () => {
    const stored = await putPage(db, page('08', 1, { url: 'https://szb.nmgnews.com.cn/2024/01/28/08.html?spm=x#a' }));
    expect(stored.url).toBe('https://szb.nmgnews.com.cn/2024/01/28/08.html');
    await putPage(db, page('08', 5));
    expect(await listPages(db)).toEqual([page('08', 5)]);
  });

  test('a missing report key falls back to the URL', async () => {
    const stored = await putPage(db, page('08', 1, { reportKey: '' }));
    expect(stored.reportKey).toBe(stored.url);
  });

  test('lists most recently seen first, by report, and clears', async () => {
    await putPage(db, page('07', 2));
    await putPage(db, page('09', 3));
    await putPage(db, page('08', 1));
    await putPage(db, page('x', 4, { reportKey: 'other' }));
    expect((await listPages(db)).map((p) => p.title)).toEqual(['第x版', '第09版', '第07版', '第08版']);
    expect((await listPagesByReportKey(db, KEY)).map((p) => p.title)).toEqual(['第07版', '第08版', '第09版']);
    expect(await clearPages(db)).toBe(4);
    expect(await listPages(db)).toEqual([]);
  });
});
