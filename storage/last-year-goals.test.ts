import { afterEach, beforeEach, expect, test } from 'vitest';
import { analyze } from '../analysis';
import { pageRecordOf } from '../entrypoints/content/page-record';
import { makeTestDb } from '../tests/unit/fake-db';
import type { GovMarkDB } from './db';
import { makeStorageHandlers } from './handlers';
import { lastYearGoals } from './last-year-goals';

const report = (year: number, review: string, plan: string) =>
  `政府工作报告\n——${year}年3月5日在第十三届全国人民代表大会第${year - 2017}次会议上\n一、${year - 1}年工作回顾\n${review}\n二、${year}年工作总体部署\n今年发展主要预期目标是：${plan}\n`;

const Y2021 = report(
  2021,
  '国内生产总值增长2.3%。城镇新增就业1186万人。',
  '国内生产总值增长6%以上；城镇新增就业1100万人以上；粮食产量保持在1.3万亿斤以上。',
);
const Y2022 = report(
  2022,
  '国内生产总值增长8.1%。城镇新增就业1269万人。粮食产量1.37万亿斤。',
  '国内生产总值增长5.5%左右；城镇新增就业1100万人以上；粮食产量保持在1.3万亿斤以上。',
);
const URL_2021 = 'https://www.gov.cn/premier/2021-03/12/content_1.htm';
const URL_2022 = 'https://www.gov.cn/premier/2022-03/12/content_2.htm';

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
  expect(await lastYearGoals(db, URL_2022)).toBeNull();
  await record(Y2021, URL_2021);
  const answer = await lastYearGoals(db, `${URL_2022}#top`);
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
  expect(await lastYearGoals(db, 'https://www.gov.cn/other.htm')).toBeNull();
});
