import { expect, test } from 'vitest';
import { translator } from '../../tests/unit/translator';
import { describeTarget } from './describe-target';

const zh = translator('zh_CN');
const en = translator('en');

test('describeTarget: kind, the value with its bound, and the agency when the text names one', () => {
  expect(
    describeTarget({ kind: 'goal', value: 15000, unit: '个', bound: '>=', agency: ['教育厅', '财政厅'] }, zh),
  ).toEqual([
    ['类型', '目标'],
    ['数值', '不低于1.5万个'],
    ['责任单位', '教育厅、财政厅'],
  ]);
  expect(describeTarget({ kind: 'past', value: 5.2, unit: '%', bound: '=', agency: [] }, zh)).toEqual([
    ['类型', '已完成'],
    ['数值', '5.2%'],
  ]);
});

test('describeTarget in English: labels in English, the report’s own units as written', () => {
  expect(describeTarget({ kind: 'other', value: 18e4, unit: '人', bound: '>=', agency: ['教育部'] }, en)).toEqual([
    ['Kind', 'Other number'],
    ['Value', 'at least 18万人'],
    ['Responsible body', '教育部'],
  ]);
});
