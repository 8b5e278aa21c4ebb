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

describe('normalizeTags: tags as stored, however they came (the tag field, a message, an import)', () => {
  test.each<[string, string[], string[]]>([
    ['a repeat with spaces around it', ['a', ' a '], ['a']],
    // The library's edit field shows tags joined with 、 and splits at these: a tag holding one would split then.
    ['a line break, a comma, 、', ['a\nb', 'c，d、e', 'f,g\r\nh'], ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']],
    ['only separators', ['、\n，'], []],
    ['half a character is U+FFFD', ['\ud800x', 'y\udc00', '😀'], ['\ufffdx', 'y\ufffd', '😀']],
  ])('%s', (_, tags, stored) => {
    expect(normalizeTags(tags)).toEqual(stored);
  });
});
