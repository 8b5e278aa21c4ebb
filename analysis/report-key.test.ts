import { expect, test } from 'vitest';
import { reportKey } from './report-key';

test.each([
  ['2026年北京市政府工作报告\n各位代表：', '', 'report:2026:北京'],
  ['政府工作报告\n——2022年3月5日在第十三届全国人民代表大会第五次会议上', '', 'report:2022:全国'],
  ['各位代表：现在，我代表江苏省人民政府向大会报告工作', '2026年江苏省政府工作报告', 'report:2026:江苏'],
  ['内蒙古要加快发展，内蒙古的孩子。\n自治区2024年 33件民生实事清单', '', 'report:2024:内蒙古'],
  ['2024年广西壮族自治区政府工作报告', '', 'report:2024:广西'],
])('%s', (text, title, key) => {
  expect(reportKey(text, title, 'https://example.org/a')).toBe(key);
});

test('pages of one printing share the key; an unknown page keeps its URL', () => {
  const p08 = '内蒙古……内蒙古\n自治区2024年 33件民生实事清单';
  const p09 = '6.内蒙古新增……内蒙古 自治区2024年33件民生实事';
  expect(reportKey(p08, '', 'https://a/08')).toBe(reportKey(p09, '', 'https://a/09'));
  expect(reportKey('没有年份的文字', '', 'https://a/x')).toBe('https://a/x');
});

test.each([
  ['（上接第二版）\n二、2022年经济社会发展总体要求和政策取向\n国内生产总值增长5.5%左右。', 'report:2022:全国'],
  ['（上接第二版）\n三、2022年政府工作任务\n国内生产总值增长5.5%左右。', 'report:2022:全国'],
  [
    '（上接第二版）\n二、2022年经济社会发展总体要求\n国内生产总值增长5.5%左右。办好北京冬奥会，建设北京城市副中心。',
    'report:2022:全国',
  ],
  ['（上接第一版）\n一、2021年工作回顾\n国内生产总值增长8.1%。', 'report:2022:全国'],
  ['（上接第七版）\n二、2024年重点工作\n内蒙古地区生产总值增长6%左右，内蒙古的孩子。', 'report:2024:内蒙古'],
])('a later page of a printing, without title or session, takes the year from its headings: %s', (text, key) => {
  expect(reportKey(text, '', 'https://paper.example/03')).toBe(key);
});
