import { expect, test } from 'vitest';
import { analyze } from '../../analysis';
import { translator } from '../../tests/unit/translator';
import { IndicatorCard } from './indicator-card';

const text =
  '一、2025年工作回顾\n地区生产总值增长5.4%，城镇新增就业141万人。\n二、2026年重点工作\n今年主要预期目标是：地区生产总值增长5%左右。';

test('what the target measures and its siblings; last year’s goal once the library answered', async () => {
  const { targets } = analyze(text);
  const growth = targets.find((t) => t.text === '5.4%');
  const jobs = targets.find((t) => t.text === '141万人');
  if (!growth || !jobs) throw new Error('engine found the targets');
  let asked = 0;
  const card = new IndicatorCard(async () => {
    asked++;
    return {
      year: 2025,
      goals: [
        { indicator: '地区生产总值增速', goal: { text: '5%左右', value: 5, unit: '%', bound: '~' }, starts: [] },
        {
          indicator: '城镇新增就业',
          goal: { text: '达到130万人', value: 1.3e6, unit: '人', bound: '=' },
          starts: [jobs.start],
        },
      ],
      headlines: [],
      severalYears: [],
    };
  }, translator('zh_CN'));
  expect(card.rows(growth, targets)).toEqual([
    ['指标', '地区生产总值增速'],
    ['对照', '去年实际 5.4% · 今年目标 5%左右'],
  ]);
  expect(card.rows(jobs, targets)).toEqual([]);
  await card.refresh();
  expect(asked).toBe(1);
  expect(card.rows(growth, targets).at(-1)).toEqual(['上年报告', '去年目标 5%左右']);
  // Measured once in this report: last year's goal only.
  expect(card.rows(jobs, targets)).toEqual([
    ['指标', '城镇新增就业'],
    ['上年报告', '去年目标 130万人'],
  ]);
});

test('a headline figure measured once is named once the library answered, with no siblings', async () => {
  const { targets } = analyze(text);
  const jobs = targets.find((t) => t.text === '141万人');
  if (!jobs) throw new Error('engine found the target');
  const card = new IndicatorCard(
    async () => ({
      year: null,
      goals: [],
      headlines: [{ indicator: '城镇新增就业', starts: [jobs.start] }],
      severalYears: [],
    }),
    translator('zh_CN'),
  );
  expect(card.rows(jobs, targets)).toEqual([]);
  await card.refresh();
  expect(card.rows(jobs, targets)).toEqual([['指标', '城镇新增就业']]);
});

test('a several-year figure of the indicator is named as the plan period’s, after the year’s; a restated one once', async () => {
  const plan =
    '2021年政府工作报告\n一、2020年工作回顾\n城镇调查失业率5.2%。\n二、“十三五”时期发展成就和“十四五”时期主要目标任务\n——着力提升发展质量效益，城镇调查失业率控制在5.5%以内。\n三、2021年重点工作\n今年发展主要预期目标是：城镇调查失业率5.5%左右。\n';
  const { targets } = analyze(plan);
  const year = targets.find((t) => t.text === '5.5%左右');
  const five = targets.find((t) => t.text === '5.5%以内');
  if (!year || !five || !year.indicator) throw new Error('engine names the indicator');
  const card = new IndicatorCard(
    async () => ({ year: 2020, goals: [], headlines: [], severalYears: [five.start] }),
    translator('zh_CN'),
  );
  await card.refresh();
  expect(card.rows(year, targets)[1]).toEqual(['对照', '去年实际 5.2% · 今年目标 5.5%左右 · 规划期目标 5.5%以内']);
});

test('before the page is recorded, the analysis itself says which figures are several-year ones', () => {
  const plan =
    '2021年政府工作报告\n二、“十三五”时期发展成就和“十四五”时期主要目标任务\n——城镇调查失业率控制在5.5%以内。\n三、2021年重点工作\n今年发展主要预期目标是：城镇调查失业率5.5%左右。\n';
  const { targets } = analyze(plan);
  const year = targets.find((t) => t.text === '5.5%左右');
  if (!year) throw new Error('engine finds the goal');
  expect(targets.map((t) => t.severalYears === true)).toEqual([true, false]);
  const card = new IndicatorCard(async () => null, translator('zh_CN'));
  expect(card.rows(year, targets)[1]).toEqual(['对照', '今年目标 5.5%左右 · 规划期目标 5.5%以内']);
});

test('a figure the report restates is listed once', () => {
  const { targets } = analyze(`${text}今年城镇新增就业141万人，地区生产总值增长5%左右。`);
  const growth = targets.find((t) => t.text === '5.4%');
  if (!growth?.indicator) throw new Error('engine names the indicator');
  const card = new IndicatorCard(async () => null, translator('zh_CN'));
  expect(card.rows(growth, targets)[1]).toEqual(['对照', '去年实际 5.4% · 今年目标 5%左右']);
});

test('the rows speak English in an English browser; the indicator keeps its Chinese name', () => {
  const { targets } = analyze(text);
  const growth = targets.find((t) => t.text === '5.4%');
  if (!growth) throw new Error('engine found the target');
  const card = new IndicatorCard(async () => null, translator('en'));
  const [name, siblings] = card.rows(growth, targets);
  expect(name).toEqual(['Indicator', '地区生产总值增速']);
  expect(siblings?.[0]).toBe('In this report');
  expect(siblings?.[1]).not.toMatch(/去年|今年/);
});
