import { expect, test, vi } from 'vitest';
import { importText } from './import-text';

vi.mock('../utils/i18n', async () => ({ t: (await import('../tests/unit/translator')).translator('zh_CN') }));

const utf16le = (text: string) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};
// {"note":"批注"} as GBK writes it: 批 C5FA, 注 D7A2.
const GBK = Uint8Array.from([...new TextEncoder().encode('{"note":"'), 0xc5, 0xfa, 0xd7, 0xa2, 0x22, 0x7d]);

test.each([
  ['UTF-8', new TextEncoder().encode('{"note":"批注"}')],
  ['UTF-8 with its mark', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"note":"批注"}')])],
  ['UTF-16 with its mark', utf16le('{"note":"批注"}')],
])('%s reads as its text', (_what, bytes) => {
  expect(importText(bytes)).toEqual({ ok: true, text: '{"note":"批注"}' });
});

test('GBK is refused, not read as replacement characters', () => {
  expect(importText(GBK)).toEqual({ ok: false, error: expect.stringContaining('不是 UTF-8') });
});

test('an empty file says it is empty', () => {
  expect(importText(new Uint8Array(0))).toEqual({ ok: false, error: expect.stringContaining('文件是空的') });
});
