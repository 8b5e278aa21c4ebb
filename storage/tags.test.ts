import { describe, expect, test } from 'vitest';
import { normalizeTags, parseTags } from './tags';

describe('parseTags', () => {
  test.each([
    ['就业,待核实', ['就业', '待核实']],
    ['就业，待核实', ['就业', '待核实']],
    ['就业、待核实、民生', ['就业', '待核实', '民生']],
    ['就业\n待核实\r\n民生', ['就业', '待核实', '民生']],
    ['  就业 ,, ，、 待核实  ', ['就业', '待核实']],
    ['就业,就业,待核实,就业', ['就业', '待核实']],
    ['GDP 增速', ['GDP 增速']],
    ['', []],
    [' ,，、\n', []],
  ])('%j → %j', (text, tags) => {
    expect(parseTags(text)).toEqual(tags);
  });
});

describe('normalizeTags', () => {
  test('trims, drops empty ones and keeps the first of duplicates in order', () => {
    expect(normalizeTags([' b', 'a', '', 'b ', '  ', 'a'])).toEqual(['b', 'a']);
  });
});
