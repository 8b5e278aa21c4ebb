import { describe, expect, test } from 'vitest';
import { CSV_BOM, csvCell, toCsv } from './csv';

describe('csvCell', () => {
  test.each([
    ['plain', 'plain'],
    ['新增婴幼儿托位1.5万个', '新增婴幼儿托位1.5万个'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-5%', "'-5%"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    [' =1+1', "' =1+1"],
    ['\n=1+1', `"'\n=1+1"`],
    ['\u3000=1+1', "'\u3000=1+1"],
    ['\u200b=1+1', "'\u200b=1+1"],
    ['\ufeff\u200d @x', "'\ufeff\u200d @x"],
    ['a =1', 'a =1'],
    ['  plain', '  plain'],
    ['a,b', '"a,b"'],
    ['line\nbreak', '"line\nbreak"'],
    ['say "hi"', '"say ""hi"""'],
    [12.5, '12.5'],
    [null, ''],
    [undefined, ''],
  ])('%j -> %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

test('toCsv starts with a BOM and ends rows with CRLF', () => {
  expect(toCsv(['a', 'b'], [['1', '=2']])).toBe(`${CSV_BOM}a,b\r\n1,'=2\r\n`);
});
