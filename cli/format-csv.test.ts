import { expect, test } from 'vitest';
import { formatCsv } from './format-csv';
import { sampleResult } from './sample-result';

test('one row per target across files, BOM, CRLF, ranges split, agencies joined, formulas neutralised', () => {
  const csv = formatCsv([
    sampleResult('a.txt'),
    { file: 'bad.txt', error: 'bad.txt: is empty' },
    sampleResult('b.txt'),
  ]);
  expect(csv.startsWith('\uFEFFfile,start,end,text,value,value_high,unit,bound,kind,agency,context\r\n')).toBe(true);
  const rows = csv.slice(1).trimEnd().split('\r\n');
  expect(rows).toHaveLength(5);
  // Bounds are words, as in the library's targets CSV; a context starting with "=" is still neutralised.
  expect(rows[1]).toBe(
    "a.txt,12,17,1.5万个,15000,,个,exact,goal,教育厅、财政厅,'=SUM(A1)新增托位【1.5万个】（牵头单位：教育厅、财政",
  );
  expect(rows[2]?.startsWith('a.txt,34,41,4.5%—5%,4.5,5,%,range,past,,')).toBe(true);
  expect(rows[3]?.startsWith('b.txt,12,17,')).toBe(true);
});

test('no targets: just the header', () => {
  expect(formatCsv([])).toBe('\uFEFFfile,start,end,text,value,value_high,unit,bound,kind,agency,context\r\n');
});
