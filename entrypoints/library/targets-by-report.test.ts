import { expect, test } from 'vitest';
import { analyze } from '../../analysis';
import type { Annotation } from '../../storage/types';
import { TEXT_2022, twoYearsOfPages, URL_2022 } from '../../tests/unit/two-years';
import { pageRecordOf } from '../content/page-record';
import { targetsByReport } from './targets-by-report';

const COPY = 'https://www.gov.cn/gongbao/2022/content_copy.htm';

function noteOn(url: string, words: string, note: string): Annotation {
  const start = TEXT_2022.indexOf(words);
  return {
    id: `${url}-${note}`,
    url,
    title: '',
    reportKey: 'report:2022:全国',
    quote: { type: 'TextQuoteSelector', exact: words, prefix: '', suffix: '' },
    position: {
      type: 'TextPositionSelector',
      start,
      end: start + words.length,
      codePointStart: start,
      codePointEnd: start + words.length,
    },
    note,
    tags: [note],
    color: 'pink',
    created: 1,
    updated: 1,
  };
}

test('a report read at two addresses lists each target once, with the notes made on either copy', () => {
  const [y2021, y2022] = twoYearsOfPages();
  const copy = pageRecordOf(analyze(TEXT_2022), TEXT_2022, { url: COPY, title: '', now: 3 });
  const notes = [noteOn(URL_2022, '8.1%', '原文上的批注'), noteOn(COPY, '8.1%', '副本上的批注')];
  const reports = targetsByReport(
    [y2021, y2022, copy].filter((p) => p !== undefined),
    notes,
  );
  const report = reports.find((r) => r.reportKey === 'report:2022:全国');
  expect(report?.pageCount).toBe(2);
  expect(report?.rows.map((r) => r.text)).toEqual(y2022?.targets.map((t) => t.text));
  const growth = report?.rows.find((r) => r.text === '8.1%');
  // The first page by URL keeps the row (here the copy); the other copy's note joins it.
  expect(growth?.url).toBe(COPY);
  expect([...(growth?.notes ?? [])].sort()).toEqual(['副本上的批注', '原文上的批注']);
  expect(growth?.annotationIds).toHaveLength(2);
});

test('pages of one printing keep their own targets; a target repeated on one page stays twice', () => {
  const text = `${TEXT_2022}国内生产总值增长8.1%。国内生产总值增长8.1%。`;
  const page = pageRecordOf(analyze(text), text, { url: URL_2022, title: '', now: 1 });
  const [report] = targetsByReport([page], []);
  expect(report?.rows.filter((r) => r.text === '8.1%').length).toBeGreaterThanOrEqual(3);
});
