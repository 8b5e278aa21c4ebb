import { describe, expect, test } from 'vitest';
import { analyze } from './index';

// The shapes of text that once made the engine slower than linear (bench/hostile-cases.ts times them):
// here, what each must still find. Sizes are those of real noise on a page, not of the bench.
const targets = (text: string) => analyze(text).targets.map((t) => [t.text, t.value, t.unit, t.bound]);
const repeatTo = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const NUMERALS = '零〇一二两三四五六七八九十百千万亿';
const REAL = ['1.5万个', 1.5e4, '个', '='];
const REAL_TOO = ['超过80%', 80, '%', '>'];
// Real sentences around the noise.
const around = (noise: string) => `新增托位${REAL[0]}，${noise}，覆盖率${REAL_TOO[0]}。`;

describe('a run of thousands of Chinese numerals is no number', () => {
  test.each([
    ['alone', repeatTo(NUMERALS, 5000)],
    ['before a unit', `${repeatTo(NUMERALS, 5000)}个`],
    ['of 万 after 近', `近${'万'.repeat(5000)}`],
    ['of 一万 after 约, before a unit', `约${repeatTo('一万', 5000)}个`],
    ['before 百分点', `${repeatTo(NUMERALS, 5000)}百分点`],
    ['after 百分之', `百分之${repeatTo(NUMERALS, 5000)}`],
  ])('%s', (_shape, run) => {
    expect(targets(run)).toEqual([]);
    // …and leaves the sentence's real targets as they are.
    expect(targets(around(run))).toEqual([REAL, REAL_TOO]);
  });

  test('a real numeral right after a bound word, with a long run of numerals behind it, is still read', () => {
    // 近 + 两千万 + 5,000 numerals without 万/亿: the amount ends at the last 万 of the run, as the pattern says.
    const run = `近两千万${repeatTo('一二三四五六七八九', 5000)}`;
    expect(targets(run)).toEqual([['近两千万', 2e7, '', '~']]);
    expect(targets('惠及近两千万家庭')).toEqual([['近两千万', 2e7, '', '~']]);
  });
});

describe('a run of thousands of digits is no number', () => {
  test.each([
    ['alone', repeatTo('0123456789', 5000)],
    ['before 万元', `${repeatTo('12', 5000)}万元`],
    ['after 约, before 个', `约${repeatTo('12', 5000)}个`],
    ['as the end of a range', `3—${repeatTo('12', 5000)}%`],
    ['in thousands groups', `1${',234'.repeat(2000)}万元`],
  ])('%s', (_shape, run) => {
    expect(targets(run).filter(([text]) => (text as string).length > 30)).toEqual([]);
    expect(targets(around(run))).toContainEqual(REAL_TOO);
  });
});

describe('digits joined by any separator', () => {
  test.each([',', '.', '．', '、', '-', '—', '~', ':', ' ', '：'])('by “%s”: no targets of their own', (separator) => {
    const chain = Array.from({ length: 3000 }, (_, k) => String(k % 1000)).join(separator);
    expect(targets(chain)).toEqual([]);
    expect(targets(around(chain))).toEqual([REAL, REAL_TOO]);
  });

  test('by “/”: each pair is the fraction it is', () => {
    const found = analyze(repeatTo('1/2/', 12_000)).targets;
    expect(found).toHaveLength(3000);
    expect(new Set(found.map((t) => `${t.text} ${t.value}${t.unit}`))).toEqual(new Set(['1/2 50%']));
  });
});

describe('one line of bracketed notes', () => {
  test('every item of a line of thousands carries its own note’s bodies', () => {
    const line = Array.from(
      { length: 3000 },
      (_, k) => `${k + 1}.新增托位${k + 1}个（牵头单位：省教育厅、省财政厅）`,
    ).join('');
    const found = analyze(line).targets;
    expect(found).toHaveLength(3000);
    expect(found.every((t, k) => t.text === `${k + 1}个` && t.agency.join() === '省教育厅,省财政厅')).toBe(true);
  });

  test('and with notes that name the bodies before 牵头', () => {
    const line = '培训10万人次（省人力资源社会保障厅牵头，省财政厅配合）'.repeat(3000);
    const found = analyze(line).targets;
    expect(found).toHaveLength(3000);
    expect(found.every((t) => t.agency.join() === '省人力资源社会保障厅')).toBe(true);
  });

  test.each([
    ['an unclosed note, then spaces', `培训10万人次（牵头单位：省教育厅${' '.repeat(20_000)}`],
    ['brackets and spaces', `培训10万人次${repeatTo(`（${' '.repeat(200)}`, 20_000)}`],
    ['a note of spaces only', `培训10万人次（牵头单位：${' '.repeat(20_000)}）`],
  ])('%s: the target, without bodies', (_shape, text) => {
    expect(analyze(text).targets.map((t) => [t.text, t.agency])).toEqual([['10万人次', []]]);
  });

  test('spaces around the bodies are no part of them', () => {
    const text = `培训10万人次（ 由 ${' '.repeat(30)}省教育厅${' '.repeat(300)}牵头，省财政厅配合  ）`;
    expect(analyze(text).targets.map((t) => t.agency)).toEqual([['省教育厅']]);
  });
});

describe('text without punctuation or line breaks', () => {
  test('a line of hundreds of thousands of characters keeps every target', () => {
    const line = '新增托位1.5万个城镇新增就业50万人以上'.repeat(10_000);
    const found = analyze(line).targets.map((t) => t.text);
    expect(found).toHaveLength(20_000);
    expect(new Set(found)).toEqual(new Set(['1.5万个', '50万人以上']));
  });

  test('in one sentence of thousands of clauses, each clause keeps the period it names', () => {
    const sentence = '，今年新增3万个，去年完成2万个'.repeat(3000);
    const kinds = analyze(sentence).targets.map((t) => `${t.text} ${t.kind}`);
    expect(kinds).toHaveLength(6000);
    expect(new Set(kinds.filter((_, k) => k % 2 === 0))).toEqual(new Set(['3万个 goal']));
    expect(new Set(kinds.filter((_, k) => k % 2 === 1))).toEqual(new Set(['2万个 past']));
  });
});

test('a line of opening quotation marks hides nothing it does not enclose', () => {
  expect(targets(`${'“'.repeat(5000)}新增托位${REAL[0]}`)).toEqual([REAL]);
  expect(targets(`${'“两个确立'.repeat(2000)}${'字'.repeat(80)}新增托位${REAL[0]}`)).toEqual([REAL]);
});

test('a page of blank lines, and a sentence wrapped across them, read once', () => {
  expect(analyze(' \n'.repeat(50_000)).targets).toEqual([]);
  // A sentence broken across blank lines is still one sentence to the indicator reader.
  const wrapped = `去年城镇新增就业1244万人。今年，城镇新增就业${' \n'.repeat(5000)}1200万人以上。`;
  expect(analyze(wrapped).targets.map((t) => t.indicator)).toEqual(['城镇新增就业', '城镇新增就业']);
});

test('blank lines at the head hide no title after them', () => {
  const title = '政府工作报告（摘要）';
  const reasons = (text: string) => analyze(text).reasons.filter((r) => r.includes('标题是'));
  expect(reasons(`${' \n'.repeat(200)}  ${title}  \n${' '.repeat(200)}`)).toHaveLength(1);
  expect(reasons(`${' \n'.repeat(200)}不是标题的${title}，正文\n`)).toHaveLength(0);
});

describe('figures that name what they measure, again and again', () => {
  test('in sentences of their own, each 从X提高到Y keeps its two ends as one indicator', () => {
    const found = analyze('托位从1万个提高到2万个。'.repeat(5000)).targets;
    expect(found).toHaveLength(10_000);
    expect(new Set(found.map((t) => `${t.text} ${t.kind} ${t.indicator}`))).toEqual(
      new Set(['1万个 other 托位', '2万个 goal 托位']),
    );
  });

  test('in one sentence that never ends, every figure is still found, none paired', () => {
    // No report's sentence holds hundreds of figures: a crowd is a flattened table or noise, not worth pairing.
    const found = analyze('托位从1万个提高到2万个，'.repeat(5000)).targets;
    expect(found).toHaveLength(10_000);
    expect(new Set(found.map((t) => `${t.text} ${t.kind}`))).toEqual(new Set(['1万个 other', '2万个 goal']));
    expect(found.filter((t) => t.indicator !== undefined)).toEqual([]);
  });

  test('a number is no part of the noun a figure before it counts', () => {
    // 2万个从1万个…: the counted noun would run on into the next figure and name every figure alike.
    const found = analyze('从1万个提高到2万个'.repeat(10)).targets;
    expect(found).toHaveLength(20);
    expect(found.filter((t) => t.indicator !== undefined)).toEqual([]);
  });
});
