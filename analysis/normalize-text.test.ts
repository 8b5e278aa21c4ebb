import { describe, expect, test } from 'vitest';
import { normalizeText, originalOffset, originalRange } from './normalize-text';

const normalized = (text: string) => normalizeText(text).text;

/** Every unit of the view comes from the original unit the map names, itself or its fold. */
function expectExactMap(original: string): void {
  const view = normalizeText(original);
  expect(view.runs).not.toBeNull();
  const from = Array.from(view.text, (_, j) => originalOffset(view, j));
  for (let j = 1; j < from.length; j++) expect(from[j]).toBeGreaterThan(from[j - 1] as number);
  expect(from.at(-1) ?? -1).toBeLessThan(original.length);
  for (let j = 0; j < from.length; j++) {
    const was = original[from[j] as number] as string;
    const now = view.text[j] as string;
    if (was !== now) expect(normalized(was) === now || /[\s\r]/u.test(was) || '·，.．,：〇'.includes(was)).toBe(true);
  }
}

describe('normalizeText', () => {
  test('a text with nothing to fold is returned as it is, without a map', () => {
    const text = '国内生产总值增长5%左右。\n城镇新增就业1200万人以上。';
    const view = normalizeText(text);
    expect(view.text).toBe(text);
    expect(view.runs).toBeNull();
  });

  test.each([
    ['CRLF', '一、工作回顾\r\n去年', '一、工作回顾\n去年'],
    ['a lone CR', '一、工作回顾\r去年', '一、工作回顾\n去年'],
    ['line and paragraph separators', '甲\u2028乙\u2029丙', '甲\n乙\n丙'],
    ['a space between number and unit', '28.5 万亿元', '28.5万亿元'],
    ['NBSP', '新增1.5\u00a0万个', '新增1.5万个'],
    ['thin space and narrow NBSP', '增长5\u2009%，超过\u202f80%', '增长5%，超过80%'],
    ['en and em spaces', '超过\u2002100\u2003亿元', '超过100亿元'],
    ['ideographic spaces, also as an indent', '\u3000\u3000各位代表：\u3000今年', '各位代表：今年'],
    ['spaces around 、 and ；', '教育厅 、 财政厅\u00a0；', '教育厅、财政厅；'],
    ['a thin space between digit groups', '20\u2009864亿元', '20864亿元'],
    ['zero-width and format characters', '1\u200b2\u200c3\u200d4\ufeff5\u00ad6万人', '123456万人'],
    ['full-width digits and signs', '１．５万个，８０％，３／４', '1.5万个，80%，3/4'],
    ['full-width letters', 'ＧＤＰ增长５％', 'GDP增长5%'],
    ['a full-width comma between digit groups', '２０，８６４．８９万元', '20,864.89万元'],
    ['a middle dot between digits', '增长1·5倍', '增长1.5倍'],
    ['Taiwan traditional', '新增就業崗位1.5萬個，全國政協', '新增就业岗位1.5万个，全国政协'],
    ['Hong Kong forms', '衞生健康委，綫上辦理', '卫生健康委，线上办理'],
    [
      'the spaces of a line set letter by letter',
      '新 增 就 业 1 2 0 0 万 人 ， 增 长 5 . 5 %',
      '新增就业1200万人，增长5.5%',
    ],
    [
      'brackets and marks in other shapes',
      '【牵头单位﹕市教育委﹐市财政局】〔注〕︵甲︓乙︑丙︶｢丁､戊｣｡',
      '（牵头单位：市教育委，市财政局）（注）（甲：乙、丙）「丁、戊」。',
    ],
    ['dashes and waves of other keyboards', '5%―6%，3‐5个，2−4亿元，10〜20万人', '5%—6%，3-5个，2-4亿元，10～20万人'],
    ['radicals and compatibility ideographs from PDFs', '⼈⺠⽣活⽔平增⻓，⾨診', '人民生活水平增长，门诊'],
    [
      'a point that ends a Chinese sentence',
      '增长5.2%.36个行业增长.今年（草案）.目标．',
      '增长5.2%。36个行业增长。今年（草案）。目标。',
    ],
    [
      'spaces between groups of thousands',
      '新增就业1 200万人，营业收入57 692.70 亿元，1\u00a0234\u00a0567元，增长1 000%',
      '新增就业1200万人，营业收入57692.70亿元，1234567元，增长1000%',
    ],
    [
      'groups parted by a figure, en or hair space',
      '新增就业1\u2007200万人，1\u2002234\u2002567元，增长1\u200a000%',
      '新增就业1200万人，1234567元，增长1000%',
    ],
    ['a tab between the cells of a table row: a space, not a group', '1\t200万人', '1 200万人'],
    ['〇 typed for 0 after a digit, not in a year', '10〇〇公里，2〇万套，二〇二五年', '1000公里，20万套，二〇二五年'],
    [
      'a heading’s numeral set off by a comma, a colon or a space',
      '一,工作回顾\n新建12所。\n二，2025年工作安排\n三：总体要求\n四 2025年重点工作\n',
      '一、工作回顾\n新建12所。\n二、2025年工作安排\n三、总体要求\n四、2025年重点工作\n',
    ],
    ['a line set letter by letter after a numeral: no heading', '一 流 大 学', '一流大学'],
    [
      'space entities a CMS escaped twice',
      '&nbsp;&nbsp;一、工作回顾\n新增1.5&nbsp;万个，&amp;nbsp;今年&#160;目标&emsp',
      '一、工作回顾\n新增1.5万个，今年目标',
    ],
  ])('folds %s', (_what, original, expected) => {
    expect(normalized(original)).toBe(expected);
    expectExactMap(original);
  });

  test.each([
    ['a space between Latin words', 'GDP growth'],
    ['a space between two numbers', '2024 2025'],
    ['a middle dot in a name', '丹尼·博伊尔'],
    ['a sentence that opens with a numeral and a comma', '一，二类城市新增就业50万人。'],
    ['a Chinese comma after a number', '1，2月份'],
    ['spaces between numbers in a line not set letter by letter', '各年增长率：5.2 5.0 4.8 4.6'],
    ['a table row of whole numbers, and years', '各年新增：120 150 180\n2023 2024年，1 2345'],
    ['an ampersand that is no space', '研发&amp;创新，R&D投入，&nbspx'],
    ['points in numbers, addresses, list headings and an ellipsis', '增长5.2%，见www.gov.cn，一.总体要求，等等...'],
    ['simplified text that regional forms would change', '显著提高群众才能'],
  ])('keeps %s', (_what, original) => {
    expect(normalized(original)).toBe(original);
  });

  test('maps a span of the view back to the original, across folded and dropped units', () => {
    const original = '规模达到 28.5\u00a0萬億元。';
    const view = normalizeText(original);
    const start = view.text.indexOf('28.5');
    const end = view.text.indexOf('。');
    const [a, b] = originalRange(view, start, end);
    expect(original.slice(a, b)).toBe('28.5\u00a0萬億元');
  });
});

// A report paragraph as a PDF prints it: lines of the same width, page numbers and a running head.
const PARAGRAPH =
  '过去一年，全市地区生产总值增长5.2%，一般公共预算收入完成1053.8亿元，城镇新增就业30.2万人，' +
  '中共北京市委和市政府团结带领全市人民，完成了全年主要目标任务。';

function wrap(text: string, width: number): string {
  const lines: string[] = [];
  for (let k = 0; k < text.length; k += width) lines.push(text.slice(k, k + width));
  return lines.join('\n');
}

describe('normalizeText reads PDF text', () => {
  const pdf = [
    '一、2025年工作回顾',
    wrap(PARAGRAPH + PARAGRAPH, 31),
    '— 7 —',
    '北京市政府工作报告',
    wrap(PARAGRAPH, 31),
    '— 8 —',
    '北京市政府工作报告',
    wrap(PARAGRAPH + PARAGRAPH, 31),
    '二、2026年主要任务',
  ].join('\n');

  test('joins lines broken inside sentences, words and numbers, and drops page furniture', () => {
    expect(normalized(pdf)).toBe(
      ['一、2025年工作回顾', PARAGRAPH + PARAGRAPH, PARAGRAPH, PARAGRAPH + PARAGRAPH, '二、2026年主要任务'].join('\n'),
    );
    expectExactMap(pdf);
  });

  test('keeps the breaks of a text whose lines are paragraphs', () => {
    const text = ['一、2025年工作回顾', PARAGRAPH, '二、2026年主要任务', PARAGRAPH].join('\n');
    expect(normalized(text)).toBe(text);
  });

  test('keeps a line break after a sentence, before a numbered item and before an indented line', () => {
    const line = '全市地区生产总值增长5.2%，一般公共预算收入完成1053.8亿';
    const lines = [
      line,
      line,
      `${line.slice(0, -1)}。`,
      '（一）扎实推进科技创新，全市研发投入强度保持在6%',
      line,
      '\u3000\u3000城镇新增就业30万人',
    ];
    const text = [...lines, line, line, line, line].join('\n');
    const out = normalized(text).split('\n');
    expect(out[0]).toBe(`${line}${line}${line.slice(0, -1)}。`);
    expect(out[1]).toBe(`（一）扎实推进科技创新，全市研发投入强度保持在6%${line}`);
    expect(out[2]).toMatch(/^城镇新增就业30万人/u);
  });
});

describe('normalizeText on texts no report looks like', () => {
  test.each([
    ['only spaces and zero-width characters', '\u00a0 \u3000\u200b'.repeat(1000), ''],
    ['only line ends', '\r\n'.repeat(1000), '\n'.repeat(1000)],
  ])('%s', (_what, text, expected) => {
    expect(normalized(text)).toBe(expected);
  });

  test('a lone surrogate stays one unit', () => {
    const view = normalizeText('\ud800 1.5 万个');
    expect(view.text.slice(1)).toBe('1.5万个');
    expect(originalRange(view, 1, 6)).toEqual([2, 8]);
  });

  test('a long run of short number lines and spaced words stays one unit for one', () => {
    const text = `${'1\n'.repeat(5000)}${'ab '.repeat(5000)}`;
    const view = normalizeText(text);
    expect(view.text).toBe(text.trimEnd());
    expect(originalRange(view, 0, view.text.length)).toEqual([0, text.length - 1]);
  });
});
