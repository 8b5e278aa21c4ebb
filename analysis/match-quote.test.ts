import { describe, expect, test } from 'vitest';
import { anchorQuote, makeQuoteSelector, toCodePointOffset, toUtf16Offset } from './match-quote';

const P1 = '过去一年，我们坚持稳中求进工作总基调，经济运行总体回升向好。';
const P2 = '今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上；城镇调查失业率5.5%左右。';
const P3 = '居民消费价格涨幅3%左右；粮食产量1.3万亿斤以上；单位国内生产总值能耗降低2.5%左右。';
const TEXT = `${P1}\n${P2}\n${P3}`;
const QUOTE = '城镇新增就业1200万人以上';

function selectorFor(text: string, exact: string) {
  const start = text.indexOf(exact);
  return { selector: makeQuoteSelector(text, start, start + exact.length), hint: { start, end: start + exact.length } };
}

describe('anchorQuote', () => {
  test('finds the quote at its stored position', () => {
    const { selector, hint } = selectorFor(TEXT, QUOTE);
    expect(anchorQuote(TEXT, selector, hint)).toMatchObject({ ...hint, method: 'position' });
  });

  test('follows the words when a paragraph is inserted before them', () => {
    const { selector, hint } = selectorFor(TEXT, QUOTE);
    const edited = `新插入的一段说明文字，与批注无关。\n${TEXT}`;
    const match = anchorQuote(edited, selector, hint);
    expect(match?.method).toBe('quote');
    expect(edited.slice(match?.start, match?.end)).toBe(QUOTE);
  });

  test('finds the words with one character changed inside them (fuzzy)', () => {
    const { selector, hint } = selectorFor(TEXT, QUOTE);
    const edited = `新插入的一段。\n${TEXT.replace('1200万人以上', '1300万人以上')}`;
    const match = anchorQuote(edited, selector, hint);
    expect(match?.method).toBe('fuzzy');
    expect(match?.score).toBeGreaterThan(0.8);
    const expectedStart = edited.indexOf('城镇新增就业1300');
    expect(match).toMatchObject({ start: expectedStart, end: expectedStart + QUOTE.length });
  });

  test('picks, among two occurrences, the one whose context matches', () => {
    const exact = '5%左右';
    const text = `${P2}\n${P3}`;
    // The second 5%左右 in P2 (after 失业率5.), not the first (增长5%左右) nor P3's (降低2.5%左右).
    const start = text.indexOf('失业率5.5%左右') + '失业率5.'.length;
    const selector = makeQuoteSelector(text, start, start + exact.length);
    const shifted = `前言。${text}`;
    const match = anchorQuote(shifted, selector, { start, end: start + exact.length });
    expect(match?.method).toBe('quote');
    expect(match?.start).toBe(start + '前言。'.length);
  });

  test('prefers the occurrence whose context matches even when another is nearer the hint', () => {
    const text = 'A组：推进城乡融合发展。B组：推进城乡融合发展。';
    const exact = '推进城乡融合发展';
    const second = text.lastIndexOf(exact);
    const selector = makeQuoteSelector(text, second, second + exact.length, 3);
    const match = anchorQuote(text, selector, { start: 0, end: exact.length });
    expect(match?.start).toBe(second);
  });

  test('with identical context, the occurrence nearest the hint wins', () => {
    const text = '推进城乡融合发展。推进城乡融合发展。推进城乡融合发展。';
    const exact = '推进城乡融合发展';
    const match = anchorQuote(text, { exact, prefix: '', suffix: '' }, { start: 10, end: 10 + exact.length });
    expect(match?.start).toBe(9);
  });

  test('returns null when the passage is gone', () => {
    const { selector, hint } = selectorFor(TEXT, QUOTE);
    expect(anchorQuote(`${P1}\n${P3}`, selector, hint)).toBeNull();
  });

  test('a short quote whose context is gone is not placed on other words of the same spelling', () => {
    const { selector, hint } = selectorFor(TEXT, '5%左右');
    expect(anchorQuote(`${P1}\n降低2.5%左右。`, selector, hint)).toBeNull();
  });

  test('returns null for an empty quote', () => {
    expect(anchorQuote(TEXT, { exact: '' })).toBeNull();
  });

  test('works without a hint or context', () => {
    expect(anchorQuote(TEXT, { exact: QUOTE })).toMatchObject({ start: TEXT.indexOf(QUOTE), method: 'quote' });
  });

  test('handles a long text (sanity, no timing)', () => {
    const filler = Array.from(
      { length: 2000 },
      (_, i) => `第${i}段：坚持稳中求进，推动高质量发展，加快建设现代化产业体系。`,
    ).join('\n');
    const text = `${filler}\n${P2}\n${filler}`;
    const { selector, hint } = selectorFor(text, QUOTE);
    const edited = text.replace('1200万', '1100万');
    const match = anchorQuote(edited, selector, hint);
    expect(match?.method).toBe('fuzzy');
    expect(match?.start).toBe(hint.start);
  });
});

// Sentences of the 2021 and 2022 reports the QA sweep (scripts/eval-anchoring.ts) found notes misplaced in,
// each followed by the rest of a report (a page's length decides how long a quote must be to be unlikely twice).
const REST = Array.from({ length: 40 }, (_, i) => `第${i + 1}项：坚持稳中求进，推动高质量发展。`).join('\n');
const RELIEF = `增值税留抵退税力度显著加大，以有力提振市场信心。预计全年退税减税约2.5万亿元，其中留抵退税约1.5万亿元，退税资金全部直达企业。中央财政将加大对地方财力支持。\n${REST}`;
const FUNDS = `注重用改革和创新办法，助企纾困和激发活力并举，帮助受冲击最直接且量大面广的中小微企业和个体工商户渡难关。实施阶段性大规模减税降费，与制度性安排相结合，全年为市场主体减负超过2.6万亿元，其中减免社保费1.7万亿元。创新宏观政策实施方式，对新增2万亿元中央财政资金建立直达机制，省级财政加大资金下沉力度，共同为市县基层落实惠企利民政策及时补充财力。\n${REST}`;
const SEA = `支持革命老区、民族地区、边疆地区加快发展。发展海洋经济，建设海洋强国。经济大省要充分发挥优势，增强对全国发展的带动作用。\n${REST}`;
const GRAIN = [
  '强化国家经济安全保障，实施粮食、能源资源、金融安全战略，粮食综合生产能力保持在1.3万亿斤以上，提高能源综合生产能力。',
  '全面提高公共安全保障能力。',
  '单位国内生产总值能耗降低3%左右，主要污染物排放量继续下降；粮食产量保持在1.3万亿斤以上。',
  REST,
].join('\n');

/** Anchors a note taken on `exact` (its `nth` occurrence) in `text` after `edit`; the words it lands on, or null. */
function reanchor(text: string, exact: string, edit: (text: string) => string, nth = 0): string | null {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(exact, start + 1);
  const edited = edit(text);
  const match = anchorQuote(edited, makeQuoteSelector(text, start, start + exact.length), {
    start,
    end: start + exact.length,
  });
  return match && edited.slice(match.start, match.end);
}
const without = (words: string) => (text: string) => text.replace(words, '');

describe('anchorQuote: a note whose passage is gone is unplaced, never moved onto other words', () => {
  test.each([
    ['its clause deleted, a figure of the same unit next to it', RELIEF, '2.5万亿元', '预计全年退税减税约2.5万亿元，'],
    [
      'its clause deleted, the same unit in another number (1.[7万亿元])',
      FUNDS,
      '2万亿元',
      '对新增2万亿元中央财政资金建立直达机制，',
    ],
    [
      'its sentence deleted, the words before and after it left ([发展。经济])',
      SEA,
      '发展海洋经济',
      '发展海洋经济，建设海洋强国。',
    ],
    [
      'its clause deleted, the same figure in another sentence',
      GRAIN,
      '1.3万亿斤以上',
      '粮食综合生产能力保持在1.3万亿斤以上，',
    ],
  ])('%s', (_case, text, exact, deleted) => {
    expect(reanchor(text, exact, without(deleted))).toBeNull();
  });

  test('nor does the same figure jump the other way', () => {
    expect(reanchor(GRAIN, '1.3万亿斤以上', without('粮食产量保持在1.3万亿斤以上。'), 1)).toBeNull();
  });

  test('its paragraph deleted while a summary box repeats the sentence up to its words', () => {
    const box = '【要点】今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。';
    const text = `${box}\n各位代表：\n${P2}\n${P3}\n${REST}`;
    expect(reanchor(text, QUOTE, without(`${P2}\n`), 1)).toBeNull();
  });

  test('the very words inside a longer number are not the quoted figure', () => {
    expect(anchorQuote('全年为市场主体减负超过2.6万亿元，其中减免社保费1.2万亿元。', { exact: '2万亿元' })).toBeNull();
  });
});

describe('anchorQuote: an edit in place is followed even when the old words stand elsewhere', () => {
  const REVIEW =
    '国内生产总值达到114万亿元，增长8.1%。全国财政收入突破20万亿元，增长10.7%。\n居民人均可支配收入实际增长8.1%。';
  const COURSE =
    '一年来，全国上下共同努力，统筹疫情防控和经济社会发展，全年主要目标任务较好完成。\n各项工作都取得了新进展。\n坚持以供给侧结构性改革为主线，统筹疫情防控和经济社会发展，统筹发展和安全。';

  test('a figure corrected', () => {
    expect(reanchor(REVIEW, '增长8.1%', (t) => t.replace('增长8.1%。全国', '增长8.2%。全国'))).toBe('增长8.2%');
  });

  test('the words reworded', () => {
    const reworded = (t: string) => t.replace('努力，统筹疫情防控', '努力，统筹推进疫情防控');
    expect(reanchor(COURSE, '统筹疫情防控和经济社会发展', reworded)).toBe('统筹推进疫情防控和经济社会发展');
  });
});

describe('anchorQuote: benign edits around the words keep the note on them', () => {
  test.each([
    ['re-indented and re-wrapped', (t: string) => t.replace(P2, `\u3000\u3000${P2.replace('；城镇', '；\n  城镇')}`)],
    [
      'an ad inserted before its paragraph',
      (t: string) => t.replace(P2, `广告｜理财年化收益4.5%以上，点击下载APP领取100元红包\n${P2}`),
    ],
    ['an ad inserted after its paragraph', (t: string) => t.replace(P2, `${P2}\n广告｜理财年化收益4.5%以上`)],
  ])('%s', (_case, edit) => {
    expect(reanchor(TEXT, '失业率5.5%左右', edit)).toBe('失业率5.5%左右');
    expect(reanchor(TEXT, '5.5%左右', edit)).toBe('5.5%左右');
  });

  test('thousands of copies of the words out of context are weighed in linear time, and refused', () => {
    const copies = '推进城乡融合发展'.repeat(20_000);
    expect(reanchor(`${TEXT}\n${copies}`, QUOTE, (t) => t.replace(QUOTE, ''))).toBeNull();
  });
});

describe('makeQuoteSelector', () => {
  test('takes up to 32 characters of context each side', () => {
    const { selector } = selectorFor(TEXT, QUOTE);
    expect(selector.exact).toBe(QUOTE);
    expect(selector.prefix).toHaveLength(32);
    expect(TEXT.includes(selector.prefix + QUOTE + selector.suffix)).toBe(true);
  });

  test('stops at the ends of the text', () => {
    expect(makeQuoteSelector('abcdef', 1, 3, 10)).toEqual({
      type: 'TextQuoteSelector',
      exact: 'bc',
      prefix: 'a',
      suffix: 'def',
    });
  });

  test('never splits a surrogate pair at the context edges', () => {
    const text = '😀ab😀'; // UTF-16: [D83D DE00] a b [D83D DE00]
    expect(makeQuoteSelector(text, 2, 4, 1)).toMatchObject({ prefix: '', suffix: '' });
    expect(makeQuoteSelector(text, 2, 4, 2)).toMatchObject({ prefix: '😀', suffix: '😀' });
  });
});

describe('code-point offsets', () => {
  const text = 'a😀b𠀀c'; // 😀 and 𠀀 (CJK Extension B) are two UTF-16 units each
  test.each([
    [0, 0],
    [1, 1],
    [3, 2],
    [4, 3],
    [6, 4],
    [7, 5],
  ])('UTF-16 %i ↔ code point %i', (utf16, codePoint) => {
    expect(toCodePointOffset(text, utf16)).toBe(codePoint);
    expect(toUtf16Offset(text, codePoint)).toBe(utf16);
  });

  test('an offset inside a surrogate pair counts the pair', () => {
    expect(toCodePointOffset(text, 2)).toBe(2);
  });

  test('offsets past the end clamp to the end', () => {
    expect(toCodePointOffset(text, 99)).toBe(5);
    expect(toUtf16Offset(text, 99)).toBe(text.length);
  });

  test('without astral characters the two agree', () => {
    expect(toCodePointOffset(TEXT, 40)).toBe(40);
    expect(toUtf16Offset(TEXT, 40)).toBe(40);
  });
});
