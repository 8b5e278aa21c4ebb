import { describe, expect, test } from 'vitest';
import { MAX_NUMBER_LENGTH, parseArabic, parseChineseNumeral, tidy } from './numbers';

describe('parseChineseNumeral', () => {
  test.each([
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十四', 14],
    ['二十', 20],
    ['一百二十三', 123],
    ['三千零五', 3005],
    ['千万', 1e7],
    ['三千五百万', 3.5e7],
    ['一万亿', 1e12],
    ['两万', 2e4],
    ['十万', 1e5],
    ['五点五', 5.5],
    ['零点五', 0.5],
    ['十二点零五', 12.05],
    ['三点二万亿', 3.2e12],
    ['一点五万', 1.5e4],
  ])('%s = %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  test.each([
    ['十四五'],
    ['一一'],
    ['十百'],
    ['三五'],
    ['万万'],
    [''],
    ['三点五十'],
    ['三点'],
    ['点五'],
    ['三点五十万'],
  ])('%s is not a number', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });
});

describe('parseArabic', () => {
  test.each([
    ['1.5', 1.5],
    ['1,200', 1200],
    ['１２', 12],
    ['1/4', 0.25],
    ['0.1', 0.1],
    ['1.37', 1.37],
    ['007', 7],
    ['1.50', 1.5],
  ])('%s = %d', (text, value) => {
    expect(parseArabic(text)).toBe(value);
  });

  test('plain decimals read exactly as Number() reads them', () => {
    for (let i = 0; i < 2000; i++) {
      const whole = String(Math.floor(Math.random() * 10 ** (1 + (i % 9))));
      const text = i % 3 === 0 ? whole : `${whole}.${String(Math.floor(Math.random() * 10 ** (1 + (i % 5))))}`;
      expect(parseArabic(text), text).toBe(Number(text));
    }
  });

  test.each([['1.2.3'], ['1,2.3.4']])('%s is not a number', (text) => {
    expect(parseArabic(text)).toBeNaN();
  });
});

test('tidy removes float noise from scaling', () => {
  expect(tidy(1.37 * 1e12)).toBe(1370000000000);
  expect(tidy(0.1 * 3)).toBe(0.3);
});

test('the longest numbers a report writes are read; longer runs are no number', () => {
  expect(parseChineseNumeral('九千九百九十九亿九千九百九十九万九千九百九十九')).toBe(999_999_999_999);
  expect(parseArabic('123,456,789,012,345.5')).toBe(123_456_789_012_345.5);
  // 万亿万亿… follows the rules of a numeral and would grow to Infinity.
  expect(parseChineseNumeral('一万亿'.repeat(20))).toBeNull();
  expect(parseChineseNumeral('一'.padEnd(MAX_NUMBER_LENGTH + 1, '万亿'))).toBeNull();
  expect(parseArabic('1'.repeat(40))).toBeNaN();
  expect(parseArabic('1'.repeat(MAX_NUMBER_LENGTH))).toBe(Number('1'.repeat(MAX_NUMBER_LENGTH)));
});
