import { describe, expect, test } from 'vitest';
import { makeAnnotation } from '../tests/fixtures/annotations';
import { annotationsToCsv, targetsToCsv } from './export-csv';
import type { TargetRowWithNotes } from './join-targets-with-notes';

/** RFC 4180 reader, to check what a spreadsheet would see cell by cell. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 1;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    i += 1;
    if (quoted && c === '"' && next === '"') {
      cell += '"';
      i += 1;
    } else if (c === '"' && (quoted || cell === '')) {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\r' && next === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else {
      cell += c;
    }
  }
  expect(cell).toBe('');
  expect(row).toEqual([]);
  return rows;
}

describe('annotationsToCsv', () => {
  test('whole document: BOM, header, CRLF, ISO UTC times, tags joined with 、', () => {
    expect(annotationsToCsv([makeAnnotation()])).toBe(
      '\uFEFFpage,title,report,quote,note,tags,color,created,updated,id\r\n' +
        'https://szb.nmgnews.com.cn/2024/01/28/08.html,政府工作报告,2024年内蒙古自治区政府工作报告,' +
        '新增婴幼儿托位1.5万个,这个目标比去年低了,就业、待核实,yellow,' +
        '2024-01-28T01:02:03.004Z,2024-01-29T05:06:07.008Z,urn:uuid:0b7e6f4c-3d2a-4e1b-9c8d-7f6e5d4c3b2a\r\n',
    );
  });

  test('no annotations: just the header', () => {
    expect(parseCsv(annotationsToCsv([]))).toEqual([
      ['page', 'title', 'report', 'quote', 'note', 'tags', 'color', 'created', 'updated', 'id'],
    ]);
  });

  test('a page-level note has an empty quote cell', () => {
    const [, row = []] = parseCsv(annotationsToCsv([makeAnnotation({ quote: undefined, position: undefined })]));
    expect(row[3]).toBe('');
  });

  test.each([
    ['note', "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['note', '+1+1', "'+1+1"],
    ['note', '-5%', "'-5%"],
    ['note', '@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['note', '\t=1', "'\t=1"],
    ['note', '\r=1', "'\r=1"],
    ['note', '=HYPERLINK("http://evil.example","点我")', `'=HYPERLINK("http://evil.example","点我")`],
    ['note', 'a, "b"\r\nc', 'a, "b"\r\nc'],
    ['note', '<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['note', '', ''],
    ['title', '=1+1', "'=1+1"],
    ['title', '<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['reportKey', '@report', "'@report"],
    ['quote', '-3%左右', "'-3%左右"],
    ['tags', ['=x', '就业'], "'=x、就业"],
    ['tags', ['a,b', '"c"'], 'a,b、"c"'],
  ])('hostile %s %j -> cell %j', (field, value, cell) => {
    const annotation =
      field === 'quote'
        ? makeAnnotation({ quote: { type: 'TextQuoteSelector', exact: value as string, prefix: '', suffix: '' } })
        : makeAnnotation({ [field]: value });
    const [, cells = [], ...rest] = parseCsv(annotationsToCsv([annotation]));
    expect(rest).toEqual([]);
    const column = { note: 4, title: 1, reportKey: 2, quote: 3, tags: 5 }[field] as number;
    expect(cells[column]).toBe(cell);
    expect(cells).toHaveLength(10);
  });

  test('keeps the given order', () => {
    const a = makeAnnotation({ id: '00000000-0000-4000-8000-000000000002', note: 'b' });
    const b = makeAnnotation({ id: '00000000-0000-4000-8000-000000000001', note: 'a' });
    expect(parseCsv(annotationsToCsv([a, b])).map((r) => r[4])).toEqual(['note', 'b', 'a']);
  });
});

const row = (overrides: Partial<TargetRowWithNotes> = {}): TargetRowWithNotes => ({
  start: 10,
  end: 20,
  text: '增长5%左右',
  kind: 'goal',
  value: 5,
  unit: '%',
  bound: '~',
  agency: [],
  sentence: '地区生产总值增长5%左右。',
  url: 'https://www.gov.cn/a.htm',
  title: '政府工作报告',
  reportKey: '2024-国务院',
  notes: [],
  tags: [],
  annotationIds: [],
  ...overrides,
});

describe('targetsToCsv', () => {
  test('header', () => {
    expect(parseCsv(targetsToCsv([]))[0]).toEqual([
      'report',
      'page',
      'title',
      'target',
      'value',
      'value_high',
      'unit',
      'bound',
      'kind',
      'agency',
      'sentence',
      'notes',
      'tags',
    ]);
  });

  test.each<[string, Partial<TargetRowWithNotes>, Record<number, string>]>([
    ['approximate', {}, { 3: '增长5%左右', 4: '5', 5: '', 6: '%', 7: 'about', 8: 'goal' }],
    ['range', { value: [4.5, 5], bound: 'range', text: '4.5%—5%' }, { 4: '4.5', 5: '5', 7: 'range' }],
    [
      'exact count',
      { value: 15000, unit: '个', bound: '=', kind: 'past' },
      { 4: '15000', 6: '个', 7: 'exact', 8: 'past' },
    ],
    ['no value', { value: null, bound: '>=', kind: 'other' }, { 4: '', 5: '', 7: 'at-least', 8: 'other' }],
    ['bounds', { bound: '>' }, { 7: 'above' }],
    ['bounds', { bound: '<' }, { 7: 'below' }],
    ['bounds', { bound: '<=' }, { 7: 'at-most' }],
    ['negative value stays neutralised', { value: -5 }, { 4: "'-5" }],
    ['agencies', { agency: ['教育厅', '财政厅'] }, { 9: '教育厅、财政厅' }],
    [
      'notes and tags',
      { notes: ['偏低', '=再看'], tags: ['就业', '待核实'] },
      { 11: '偏低\n=再看', 12: '就业、待核实' },
    ],
    ['formula in first note', { notes: ['=1+1'] }, { 11: "'=1+1" }],
    ['formula sentence', { sentence: '-3%以内' }, { 10: "'-3%以内" }],
    ['page and report', {}, { 0: '2024-国务院', 1: 'https://www.gov.cn/a.htm', 2: '政府工作报告' }],
  ])('%s', (_, overrides, cells) => {
    const [, cellsOut = []] = parseCsv(targetsToCsv([row(overrides)]));
    expect(cellsOut).toHaveLength(13);
    for (const [index, cell] of Object.entries(cells)) expect(cellsOut[Number(index)]).toBe(cell);
  });
});
