import * as v from 'valibot';
import { expect, test, vi } from 'vitest';
import { analyze } from '../../analysis';
import { sentenceSpan } from '../../analysis/sentence-span';
import { indexText } from '../../analysis/text-index';
import type { Analysis } from '../../analysis/types';
import { PageRecordSchema } from '../../storage/schemas';
import { pageRecordOf } from './page-record';
import { onReportFound } from './report-found';

const TEXT = '2024年内蒙古自治区政府工作报告\n去年地区生产总值增长7.3%。今年预期目标：增长6%左右；新增就业25万人以上！';

/** The span of the sentence holding some words, as the engine gives it. */
function around(words: string): [number, number] {
  const start = TEXT.indexOf(words);
  return sentenceSpan(indexText(TEXT).sentenceStops, start, start + words.length, TEXT.length);
}

function analysis(isReport = true): Analysis {
  const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length, text: words });
  return {
    isReport,
    confidence: 0.93,
    reasons: ['标题'],
    targets: [
      {
        ...at('增长6%左右'),
        kind: 'goal',
        value: 6,
        unit: '%',
        bound: '~',
        agency: [],
        sentenceAt: around('增长6%左右'),
      },
      { ...at('7.3%'), kind: 'past', value: 7.3, unit: '%', bound: '=', agency: [], sentenceAt: around('7.3%') },
    ],
    agencies: [at('内蒙古自治区')],
    pages: { page: '08', continuedFrom: '07' },
  };
}

test.each([
  ['增长6%左右', '今年预期目标：增长6%左右；'],
  ['7.3%', '去年地区生产总值增长7.3%。'],
  ['25万人以上', '新增就业25万人以上！'],
])('the sentence around %s is %s', (words, sentence) => {
  const record = pageRecordOf(analyze(TEXT), TEXT, { url: 'https://www.gov.cn/a.htm', title: '' });
  expect(record.targets.find((t) => words.includes(t.text) || t.text.includes(words))?.sentence).toBe(sentence);
});

test('a report page record: normalised URL, report key, targets with sentences; valid for storage', () => {
  const record = pageRecordOf(analysis(), TEXT, {
    url: 'https://szb.nmgnews.com.cn/2024/01/29/08.html?utm_source=wx#p3',
    title: '内蒙古日报数字报-政府工作报告',
    now: 1000,
  });
  expect(record).toMatchObject({
    url: 'https://szb.nmgnews.com.cn/2024/01/29/08.html',
    reportKey: 'report:2024:内蒙古',
    seenAt: 1000,
    confidence: 0.93,
    pageInfo: { page: '08', continuedFrom: '07' },
    agencyCount: 1,
  });
  expect(record.targets.map((t) => [t.text, t.sentence])).toEqual([
    ['增长6%左右', '今年预期目标：增长6%左右；'],
    ['7.3%', '去年地区生产总值增长7.3%。'],
  ]);
  expect(v.safeParse(PageRecordSchema, record).success).toBe(true);
});

test('onReportFound records report pages only', () => {
  const recordPage = vi.fn(async (r) => r);
  const main = { root: {} as Element, text: TEXT, segments: [] };
  const deps = { api: { recordPage }, url: 'https://www.gov.cn/a.htm', title: 't' };
  onReportFound(analysis(false), main, deps);
  expect(recordPage).not.toHaveBeenCalled();
  onReportFound(analysis(true), main, deps);
  expect(recordPage).toHaveBeenCalledOnce();
  expect(recordPage.mock.calls[0]?.[0]).toMatchObject({ url: 'https://www.gov.cn/a.htm', targets: expect.any(Array) });
});
