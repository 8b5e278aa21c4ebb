import { expect, test } from 'vitest';
import { analyze } from './index';
import { compareFigures, figuresOfRows, figuresOfText, type NamedFigure } from './indicator-compare';

const A = `2025年某省政府工作报告
一、2024年工作回顾
全省生产总值增长5.1%，城镇新增就业110万人。
二、2025年重点工作
今年主要预期目标是：地区生产总值增长5%左右；城镇新增就业100万人以上，城镇调查失业率5.5%以内；粮食产量保持在700亿斤以上。
“十五五”期间，城镇调查失业率控制在5%以内。
`;
const B = `2026年某省政府工作报告
一、2025年工作回顾
地区生产总值增长5.4%。城镇新增就业120万人，城镇调查失业率4.6%。新增普惠托位8897个。
二、2026年重点工作
今年主要预期目标是：GDP增长5%左右；城镇新增就业110万人，城镇调查失业率5%左右；新增普惠托位5000个。
`;

const figures = (text: string) => figuresOfText(text, analyze(text).targets);
const brief = (rows: ReturnType<typeof compareFigures>) =>
  rows.map((r) => [
    r.indicator,
    r.goalA?.text ?? '',
    r.resultA?.text ?? '',
    r.goalB?.text ?? '',
    r.change?.delta ?? null,
  ]);

test('per indicator: the earlier goal, the result the later review gives, the later goal, the change', () => {
  expect(brief(compareFigures(figures(A), figures(B)))).toEqual([
    ['地区生产总值增速', '5%左右', '5.4%', '5%左右', 0],
    ['城镇新增就业', '100万人以上', '120万人', '110万人', 100000],
    ['城镇调查失业率', '5.5%以内', '4.6%', '5%左右', -0.5],
    ['粮食产量', '700亿斤以上', '', '', null],
    ['新增普惠托位', '', '8897个', '5000个', null],
  ]);
});

test('stored rows named from their sentences alone give the same rows', () => {
  const rows = (text: string) =>
    analyze(text).targets.map((t) => {
      let from = t.start;
      while (from > 0 && !/[。；\n]/u.test(text[from - 1] as string)) from--;
      let to = t.end;
      while (to < text.length && !/[。；\n]/u.test(text[to - 1] as string)) to++;
      return { ...t, sentence: text.slice(from, to) };
    });
  const fromRows = compareFigures(figuresOfRows(rows(A), false), figuresOfRows(rows(B), false));
  expect(brief(fromRows).slice(0, 3)).toEqual(brief(compareFigures(figures(A), figures(B))).slice(0, 3));
});

test('a name used once in each report is lined up; one used in one report only is not', () => {
  const f = (name: string, kind: NamedFigure['kind']): NamedFigure => ({
    text: '1个',
    value: 1,
    unit: '个',
    bound: '=',
    name,
    kind,
    notable: false,
    severalYears: false,
    rank: 0,
  });
  const rows = compareFigures([f('新建公园', 'goal'), f('新建绿道', 'goal')], [f('新建公园', 'past')]);
  expect(rows.map((r) => r.indicator)).toEqual(['新建公园']);
});

test('from stored rows, the parts of the year’s goal list after a ； are still the year’s own figures', () => {
  const text = `2021年政府工作报告
一、2020年工作回顾
城镇新增就业1186万人。
二、2021年主要目标任务
——着力提升发展质量效益，城镇调查失业率控制在5.5%以内。
今年发展主要预期目标是：国内生产总值增长6%以上；城镇新增就业1100万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右。
`;
  const { targets } = analyze(text);
  // As the pages table keeps them: each target with its sentence, which a ； ends.
  const rows = targets.map((t) => ({ ...t, sentence: text.slice(...(t.sentenceAt as [number, number])) }));
  expect(rows.find((r) => r.text === '5.5%左右')?.sentence).not.toMatch(/今年/u);
  const own = figuresOfRows(rows, true);
  expect(own.find((f) => f.text === '5.5%左右')?.rank).toBeLessThan(own.find((f) => f.text === '5.5%以内')?.rank ?? 0);
  expect(compareFigures(own, []).find((r) => r.indicator === '城镇调查失业率')?.goalA?.text).toBe('5.5%左右');
});

test('a five-year plan’s figure stands for no year: a row of it alone has no goal of the year', () => {
  const plan = `2021年某省政府工作报告
一、2020年工作回顾
地区生产总值增长3.5%。
二、“十三五”时期发展成就和“十四五”时期主要目标任务
常住人口城镇化率提高到65%，地区生产总值年均增长6%。
三、2021年重点工作
今年主要预期目标是：地区生产总值增长6%以上。
`;
  const rows = brief(compareFigures(figures(plan), figures(B)));
  expect(rows.find(([name]) => name === '常住人口城镇化率')).toBeUndefined();
  expect(rows.find(([name]) => name === '地区生产总值增速')).toEqual([
    '地区生产总值增速',
    '6%以上',
    '5.4%',
    '5%左右',
    -1,
  ]);
});
