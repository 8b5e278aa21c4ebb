import { afterEach, beforeEach, expect, test } from 'vitest';
import { analyze } from '../analysis';
import { pageRecordOf } from '../entrypoints/content/page-record';
import { makeTestDb } from '../tests/unit/fake-db';
import { URL_2021, URL_2022, TEXT_2021 as Y2021, TEXT_2022 as Y2022 } from '../tests/unit/two-years';
import type { GovMarkDB } from './db';
import { makeStorageHandlers } from './handlers';
import { pageIndicators } from './page-indicators';

let db: GovMarkDB;
beforeEach(() => {
  db = makeTestDb();
});
afterEach(() => db.close());

async function record(text: string, url: string) {
  const reply = await makeStorageHandlers(db)['pages:recordReport'](
    pageRecordOf(analyze(text), text, { url, title: '' }),
  );
  if (!reply.ok) throw new Error(reply.error);
}

test('the previous year’s goals for the indicators of the asking page, and only those', async () => {
  await record(Y2022, URL_2022);
  expect(await pageIndicators(db, URL_2022)).toEqual({ year: 2021, goals: [], headlines: [], severalYears: [] });
  await record(Y2021, URL_2021);
  const answer = await pageIndicators(db, `${URL_2022}#top`);
  expect(answer?.year).toBe(2021);
  expect(answer?.goals.map((g) => [g.indicator, g.goal.text])).toEqual([
    ['国内生产总值增速', '6%以上'],
    ['城镇新增就业', '1100万人以上'],
    ['粮食产量', '1.3万亿斤以上'],
  ]);
  // The stored rows keep their indicator through the schema.
  const stored = await db.pages.get(URL_2022);
  expect(stored?.targets.filter((t) => t.indicator).length).toBe(6);
});

test('a page the library has not recorded learns nothing', async () => {
  await record(Y2021, URL_2021);
  expect(await pageIndicators(db, 'https://www.gov.cn/other.htm')).toBeNull();
});

test('a headline indicator the page measures once is named, with or without last year’s report', async () => {
  await record(Y2021, URL_2021);
  const grain = Y2021.indexOf('1.3万亿斤以上');
  const expected = [{ indicator: '粮食产量', starts: [grain] }];
  expect((await pageIndicators(db, URL_2021))?.headlines).toEqual(expected);
  // A page keyed by its address (no year, no region) is named the same, and has no previous year.
  const stored = await db.pages.get(URL_2021);
  if (!stored) throw new Error('recorded');
  await db.pages.put({ ...stored, reportKey: URL_2021 });
  expect(await pageIndicators(db, URL_2021)).toEqual({ year: null, goals: [], headlines: expected, severalYears: [] });
});

test('the starts of the page’s several-year figures, as its record marks them', async () => {
  await record(Y2021, URL_2021);
  const stored = await db.pages.get(URL_2021);
  if (!stored) throw new Error('recorded');
  const [first, ...rest] = stored.targets;
  if (!first) throw new Error('targets');
  await db.pages.put({ ...stored, targets: [{ ...first, severalYears: true }, ...rest] });
  expect((await pageIndicators(db, URL_2021))?.severalYears).toEqual([first.start]);
});
