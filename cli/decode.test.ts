import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DecodeError, declaredCharset, decode } from './decode';

const FIXTURES = join(import.meta.dirname, '../tests/fixtures');
const TEXT = '今年发展主要预期目标是：国内生产总值增长5.5%左右。';
const utf16be = (s: string) => Buffer.from(Buffer.from(s, 'utf16le').map((_, i, b) => b[i ^ 1] ?? 0));

describe('decode', () => {
  test.each([
    ['UTF-8 without BOM', Buffer.from(TEXT), 'utf-8', 'sniffed'],
    ['UTF-8 with BOM (the BOM is dropped)', Buffer.from(`\uFEFF${TEXT}`), 'utf-8', 'bom'],
    ['UTF-16LE with BOM', Buffer.from(`\uFEFF${TEXT}`, 'utf16le'), 'utf-16le', 'bom'],
    ['UTF-16BE with BOM', utf16be(`\uFEFF${TEXT}`), 'utf-16be', 'bom'],
  ])('%s', (_name, bytes, encoding, by) => {
    expect(decode(bytes, false)).toEqual({ text: TEXT, encoding, by });
  });

  test('a GBK page by its <meta charset>', () => {
    const gbk = decode(readFileSync(join(FIXTURES, 'pages/govcn-report-2022-gbk.html')), true);
    const utf8 = readFileSync(join(FIXTURES, 'pages/govcn-report-2022.html'), 'utf8');
    expect(gbk).toMatchObject({ encoding: 'gbk', by: 'meta' });
    expect(gbk.text.replace('<meta charset="gbk">', '<meta charset="utf-8">')).toBe(utf8);
  });

  test('a GB18030 text without BOM by sniffing', () => {
    const decoded = decode(readFileSync(join(FIXTURES, 'text/cn-2022-review.gb18030.txt')), false);
    expect(decoded).toMatchObject({ encoding: 'gb18030', by: 'sniffed' });
    expect(decoded.text).toContain('今年发展主要预期目标是：国内生产总值增长5.5%左右');
    expect(decoded.text).not.toContain('\uFFFD');
  });

  test('a page that says utf-8 but is GBK is sniffed instead', () => {
    const bytes = new Uint8Array([
      ...Buffer.from('<meta charset="utf-8"><p>'),
      ...new Uint8Array([0xd5, 0xfe, 0xb8, 0xae]), // 政府 in GBK
    ]);
    expect(decode(bytes, true)).toMatchObject({ text: '<meta charset="utf-8"><p>政府', encoding: 'gb18030' });
  });

  test('a charset declaration only counts in HTML', () => {
    const bytes = Buffer.from(`<meta charset="gbk">${TEXT}`);
    expect(decode(bytes, false).encoding).toBe('utf-8');
  });

  test.each([
    ['NUL bytes', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08])],
    ['bytes neither UTF-8 nor GB18030', new Uint8Array([0x80, 0xff, 0xfe, 0x41, 0xff])],
  ])('refuses %s', (_name, bytes) => {
    expect(() => decode(bytes, false)).toThrow(DecodeError);
  });
});

describe('declaredCharset', () => {
  test.each([
    ['<meta charset="GB2312">', 'gbk'],
    ["<meta charset='utf-8'>", 'utf-8'],
    ['<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb18030">', 'gb18030'],
    ['<meta http-equiv="content-type" content="text/html;charset=x-gbk" />', 'gbk'],
    ['<meta charset="utf-16">', 'utf-8'],
    ['<meta name="keywords" content="政府工作报告">', null],
    ['<meta charset="no-such-charset"><meta charset="gbk">', 'gbk'],
  ])('%s → %s', (head, expected) => {
    expect(declaredCharset(Buffer.from(`<!DOCTYPE html><html><head>${head}</head>`))).toBe(expected);
  });
});
