import { describe, expect, test } from 'vitest';
import { analyze, analyzeFirst, analyzeInSteps } from './index';

const REPORT = [
  '一、2025年工作回顾',
  '过去一年，城镇新增就业30.2万人，地区生产总值增长5.2%。',
  '二、2026年主要任务',
  '今年主要预期目标是：城镇新增就业28万人以上，一般公共预算收入增长5%左右，新建保障性住房1.2万套。',
  '新增婴幼儿托位1.5万个（牵头单位：市卫生健康委、市教育委）。',
].join('\n');

/** Every span's text is the original's slice at its offsets. */
function expectOnOriginal(text: string, result = analyze(text)): void {
  for (const span of [...result.targets, ...result.agencies]) expect(text.slice(span.start, span.end)).toBe(span.text);
}

/** Targets without offsets: what the engine reads, whatever the text's form. */
const readings = (text: string) =>
  analyze(text).targets.map(({ kind, value, unit, bound, agency }) => ({ kind, value, unit, bound, agency }));

describe('analyze reads the normalised view and answers in the original', () => {
  test('CRLF line ends do not crash the section headings (sectionModes) and change no reading', () => {
    const crlf = REPORT.replaceAll('\n', '\r\n');
    expect(() => analyze(crlf)).not.toThrow();
    expect(readings(crlf)).toEqual(readings(REPORT));
    expect(analyze(crlf).targets.map((t) => t.kind)).toEqual(['past', 'past', 'goal', 'goal', 'goal', 'goal']);
    expectOnOriginal(crlf);
  });

  test.each([
    ['spaces and NBSP between number and unit', (s: string) => s.replace(/(\d)(?=[万%个套])/gu, '$1\u00a0')],
    ['zero-width spaces', (s: string) => s.replace(/(.)(.)/gu, '$1\u200b$2')],
    ['full-width forms', (s: string) => s.replace(/[0-9.%]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))],
    // What PDF text extraction gives for common characters: Kangxi radicals and radical forms.
    [
      'radicals for characters',
      (s: string) => s.replace(/[人一入工长门]/gu, (c) => '⼈⼀⼊⼯⻓⻔'['人一入工长门'.indexOf(c)] ?? c),
    ],
    // Some PDFs and e-papers set lines letter by letter: a space between every two characters, digits too.
    [
      'letter spacing',
      (s: string) =>
        s
          .split('\n')
          .map((line) => [...line].join(' '))
          .join('\n'),
    ],
    // The responsibility note in other brackets: web pages' 【】, PDFs' small forms.
    ['other brackets', (s: string) => s.replace('（', '【').replace('）', '】').replace('：', '﹕')],
    // A CMS that escapes twice shows its spaces as text: indents, and between number and unit.
    [
      'space entities shown as text',
      (s: string) => s.replace(/^/gmu, '&nbsp;&nbsp;').replace(/(\d)(?=[万%个套])/gu, '$1&nbsp;'),
    ],
    [
      'half-width punctuation',
      (s: string) => s.replace(/[，；：。（）]/gu, (c) => ',;:.()'['，；：。（）'.indexOf(c)] ?? c),
    ],
  ])('%s change no reading and every span stays on the original', (_what, mess) => {
    const messy = mess(REPORT);
    expect(messy).not.toBe(REPORT);
    expect(readings(messy)).toEqual(readings(REPORT));
    expectOnOriginal(messy);
  });

  test('a space between number and unit reads as one amount, never as a bare 万亿元', () => {
    const text = '今年全市地区生产总值达到 28.5 万亿元。';
    const { targets } = analyze(text);
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({ text: '达到 28.5 万亿元', value: 28.5e12, unit: '元' });
    expectOnOriginal(text);
  });

  test('traditional text gives simplified units, plain values and the original text', () => {
    const text = '今年新增就業崗位1.5萬個，惠及12萬戶，全國政協委員建議。新增托位2000個（牽頭單位：市衞生健康委）。';
    const result = analyze(text);
    expect(result.targets.map(({ text, value, unit }) => ({ text, value, unit }))).toEqual([
      { text: '1.5萬個', value: 15000, unit: '个' },
      { text: '12萬戶', value: 120000, unit: '户' },
      { text: '2000個', value: 2000, unit: '个' },
    ]);
    expect(result.targets[2]?.agency).toEqual(['市衞生健康委']);
    expect(result.agencies.map((a) => a.text)).toContain('全國政協');
    expectOnOriginal(text, result);
  });

  test('a full-width percent sign comes out as %', () => {
    expect(analyze('增长８０％').targets[0]).toMatchObject({ text: '８０％', value: 80, unit: '%' });
  });

  test.each([';', '.', '．'])(
    '%s ends a sentence as ；and 。 do: for kinds, indicators and stored sentences',
    (stop) => {
      const text = `过去一年，城镇新增就业1256万人${stop}今年城镇新增就业1200万人以上。`;
      const [past, goal] = analyze(text).targets;
      expect(past).toMatchObject({ text: '1256万人', kind: 'past', indicator: '城镇新增就业' });
      expect(goal).toMatchObject({ text: '1200万人以上', kind: 'goal', indicator: '城镇新增就业' });
      expect(text.slice(...(goal?.sentenceAt ?? [0, 0]))).toBe('今年城镇新增就业1200万人以上。');
    },
  );

  test('a traditional page title counts for detection', () => {
    const text = REPORT.replace(/^/u, '各位代表：\n');
    expect(analyze(text, { title: '2026年政府工作報告' }).reasons.join(' ')).toContain('标题是');
  });
});

describe('analyzeFirst leaves the naming of indicators for later, and then answers as analyze()', () => {
  test.each([
    ['a clean text', REPORT],
    // Folded before it is read: indicators are named on the normalised view, targets answer in the original.
    [
      'a messy one (traditional, NBSP, CRLF)',
      REPORT.replace('城镇新增就业28', '城鎮新增就業\u00a028').replaceAll('\n', '\r\n'),
    ],
  ])('%s: no indicator at first; named once asked, in place, as analyze() names them', (_what, text) => {
    const whole = analyze(text);
    expect(whole.targets.filter((t) => t.indicator === '城镇新增就业')).toHaveLength(2);
    const first = analyzeFirst(text);
    expect(first.analysis.targets.some((t) => t.indicator !== undefined)).toBe(false);
    expect(first.analysis).toEqual({ ...whole, targets: whole.targets.map(({ indicator: _, ...t }) => t) });
    expect(first.nameIndicators()).toBe(first.analysis);
    expect(JSON.stringify(first.analysis)).toBe(JSON.stringify(whole));
    expect(JSON.stringify(first.nameIndicators())).toBe(JSON.stringify(whole));
  });

  test("analyzeInSteps, a stage at a time, gives analyze()'s answer, its indicators named in the last stage", () => {
    const steps = analyzeInSteps(REPORT);
    let stages = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) stages++;
    expect(stages).toBeGreaterThan(5);
    expect(JSON.stringify(step.value)).toBe(JSON.stringify(analyze(REPORT)));
  });
});
