import { expect, test } from 'vitest';
import { leaning, reportYear } from './period-lean';

test.each([
  ['规上工业企业利润增长6%，191家企业营业收入超百亿元，入选独角兽企业195家、居全国第一。', 'past'],
  ['高技术制造业增加值增长18.2%，粮食产量创历史新高，成功举办进博会。', 'past'],
  ['要加快建设，力争新增托位1.5万个，确保完成改造任务。', 'goal'],
  ['我们将深入实施就业优先战略，今年新增就业120万人。', 'goal'],
  // 完成 and 实现 open plans as often as reviews: they alone decide nothing.
  ['完成老旧小区改造1185个，实现行政村通电全覆盖。', null],
  // Words that only look like the cues: 主要, 将 as 把, 为了, 比去年.
  ['主要做法是将2.8万亿元资金纳入直达机制，为了稳就业，比去年有所增加。', null],
  ['市场主体总量超过1.5亿户。', null],
])('%s → %s', (text, mode) => {
  expect(leaning(text)).toBe(mode);
});

test.each([
  ['政府工作报告\n——2022年3月5日在第十三届全国人民代表大会第五次会议上', 2022],
  ['2026年江苏省政府工作报告\n——2026年2月3日在江苏省第十四届人民代表大会第五次会议上', 2026],
  ['2024年北京市政府工作报告\n各位代表：', 2024],
  ['六是民生保障持续加强。新增普惠托位8897个。', null],
])('the report of %j was given in %s', (text, year) => {
  expect(reportYear(text)).toBe(year);
});

test('a line break inside a word (text copied from a PDF) hides no cue', () => {
  expect(leaning('全市经济运行稳中有进，全年主要目标任务全面完\n成，居全\n国第一。')).toBe('past');
});
