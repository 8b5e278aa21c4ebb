import { expect, test } from 'vitest';
import { analyze } from '../analysis/index';
import type { FileResult } from './analyze-file';
import type { Comparison } from './compare-files';
import { formatCompareCsv, formatCompareJson, formatCompareTable } from './format-compare';
import { runCli } from './run-cli';

const comparison: Comparison = {
  a: { file: 'a.txt', year: 2021, region: '全国' },
  b: { file: 'b.txt', year: 2022, region: '全国' },
  rows: [
    {
      indicator: '国内生产总值增速',
      goalA: { text: '6%以上', value: 6, unit: '%', bound: '>=' },
      resultA: { text: '8.1%', value: 8.1, unit: '%', bound: '=' },
      goalB: { text: '5.5%左右', value: 5.5, unit: '%', bound: '~' },
      change: { text: '6%以上 → 5.5%左右', delta: -0.5 },
    },
    { indicator: '=粮食产量', goalA: null, resultA: null, goalB: null, change: null },
  ],
};

test('table: both reports named with year and region, a row per indicator', () => {
  const lines = formatCompareTable(comparison).trimEnd().split('\n');
  expect(lines[0]).toBe('== compare: a.txt (2021 全国) → b.txt (2022 全国)');
  expect(lines[2]?.split(/\s{2,}/)).toEqual(['indicator', '2021 目标', '2021 实际', '2022 目标', 'change']);
  expect(lines[3]?.split(/\s{2,}/)).toEqual([
    '国内生产总值增速',
    '6%以上',
    '8.1%',
    '5.5%左右',
    '6%以上 → 5.5%左右 (-0.5个百分点)',
  ]);
});

test('csv: BOM, header, normalised values beside the text, formulas neutralised', () => {
  const rows = formatCompareCsv(comparison).slice(1).trimEnd().split('\r\n');
  expect(rows[0]).toBe(
    'indicator,goal_a,goal_a_value,result_a,result_a_value,goal_b,goal_b_value,unit,change,change_value',
  );
  expect(rows[1]).toBe("国内生产总值增速,6%以上,6,8.1%,8.1,5.5%左右,5.5,%,6%以上 → 5.5%左右,'-0.5");
  expect(rows[2]?.startsWith("'=粮食产量,")).toBe(true);
});

test('json: one line with both reports and the rows', () => {
  const line = formatCompareJson(comparison);
  expect(line).not.toContain('\n');
  expect(JSON.parse(line)).toEqual(comparison);
});

test('--compare puts the earlier report first whatever the order given', () => {
  const texts: Record<string, string> = {
    'new.txt':
      '政府工作报告\n——2022年3月5日在第十三届全国人民代表大会第五次会议上\n一、2021年工作回顾\n国内生产总值增长8.1%。\n二、2022年工作总体部署\n今年发展主要预期目标是：国内生产总值增长5.5%左右。',
    'old.txt':
      '政府工作报告\n——2021年3月5日在第十三届全国人民代表大会第四次会议上\n一、2020年工作回顾\n国内生产总值增长2.3%。\n二、2021年工作总体部署\n今年发展主要预期目标是：国内生产总值增长6%以上。',
  };
  const fake = (file: string): FileResult => {
    const text = texts[file] ?? '';
    return { file, text, encoding: 'utf-8', analysis: analyze(text) };
  };
  let stdout = '';
  const status = runCli(
    ['--compare', '--json', 'new.txt', 'old.txt'],
    { stdout: (t) => (stdout += t), stderr: () => {} },
    fake,
  );
  expect(status).toBe(0);
  const parsed = JSON.parse(stdout);
  expect([parsed.a.file, parsed.b.file]).toEqual(['old.txt', 'new.txt']);
  expect(parsed.rows[0]).toMatchObject({
    indicator: '国内生产总值增速',
    goalA: { text: '6%以上' },
    resultA: { text: '8.1%' },
    goalB: { text: '5.5%左右' },
  });
});
