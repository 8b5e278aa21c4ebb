import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { InputError, readInput } from './read-input';

const PAGES = join(import.meta.dirname, '../tests/fixtures/pages');
const dir = mkdtempSync(join(tmpdir(), 'govmark-read-input-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const makeDir = (name: string) => {
  mkdirSync(join(dir, name), { recursive: true });
  return join(dir, name);
};

test('an HTML page gives its main text and its <title>, not the title inside the text', () => {
  const input = readInput(join(PAGES, 'govcn-report-2022-gbk.html'));
  expect(input.title).toBe('政府工作报告_2022年政府工作报告全文_中国政府网');
  expect(input.encoding).toBe('gbk');
  expect(input.text.startsWith('——2022年3月5日在第十三届全国人民代表大会第五次会议上\n')).toBe(true);
  expect(input.text).not.toContain('京ICP备');
});

test('a text file is read verbatim: no trimming, no normalising', () => {
  const text = '\n  政府工作报告\r\n——各位代表：\u3000现在，我代表国务院。  \n\n';
  expect(readInput(file('verbatim.txt', text))).toEqual({ text, encoding: 'utf-8' });
});

test('a text file that starts like HTML but ends in .txt stays text', () => {
  const text = '<html>政府工作报告</html>';
  expect(readInput(file('looks-like.txt', text)).text).toBe(text);
});

test('a file without a known extension is HTML when it starts like a page', () => {
  const page = readInput(join(PAGES, 'epaper-nmg-2024-p08.html')).text;
  const html = Buffer.from(
    `<!DOCTYPE html><html><head><title>t</title></head><body><div>${page.replaceAll('\n', '<p>')}</div></body></html>`,
  );
  expect(readInput(file('page.php', html)).title).toBe('t');
});

test.each([
  ['a missing file', () => join(dir, 'missing.txt'), 'no such file'],
  ['a directory', () => makeDir('sub.txt'), 'directory'],
  ['an empty file', () => file('empty.txt', ''), 'is empty'],
  ['a whitespace-only file', () => file('blank.txt', ' \n\t\n'), 'is empty'],
  ['a binary file', () => file('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])), 'binary'],
  [
    'a page without an article',
    () => file('nav.html', '<html><body><nav>首页</nav><p>Hi</p></body></html>'),
    'no main text',
  ],
])('%s is an InputError saying what is wrong', (_name, make, message) => {
  const path = make();
  expect(() => readInput(path)).toThrow(InputError);
  expect(() => readInput(path)).toThrow(message);
});

test('- reads standard input: text as it is, a page by its first bytes', () => {
  const encode = (s: string) => new TextEncoder().encode(s);
  expect(readInput('-', () => encode('今年新增就业1200万人。\r\n')).text).toBe('今年新增就业1200万人。\r\n');
  const page = `<!DOCTYPE html><html><head><title>报告</title></head><body><article>${'<p>今年要新增城镇就业1200万人以上，推进重点工作。</p>'.repeat(12)}</article></body></html>`;
  const input = readInput('-', () => encode(page));
  expect(input.title).toBe('报告');
  expect(input.text).toContain('今年要新增城镇就业1200万人以上');
  expect(() => readInput('-', () => new Uint8Array())).toThrow(InputError);
});
