import { expect, test } from 'vitest';
import { cutsNumber, figuresOf } from './number-edges';

test.each([
  ['1.|7万亿元', true],
  ['1|.7万亿元', true],
  ['12|00万人', true],
  ['35,|336.78', true],
  ['１|２', true],
  ['二〇二|五年', true],
  ['1.7|万亿元', false],
  ['费|1.7万亿元', false],
  ['增长5.5|%', false],
  ['发展。|2', false],
  ['第二|季度', false],
  ['5.|。', false],
  ['|12', false],
  ['12|', false],
])('%s cuts a number: %s', (marked, cuts) => {
  expect(cutsNumber(marked.replace('|', ''), marked.indexOf('|'))).toBe(cuts);
});

test('figuresOf keeps what a figure says', () => {
  expect(figuresOf('城镇新增就业1200万人以上')).toBe('1200');
  expect(figuresOf('增长5.5%左右')).toBe('5.5');
  expect(figuresOf('二〇二五年')).toBe('二〇二五');
  expect(figuresOf('发展海洋经济')).toBe('');
});
