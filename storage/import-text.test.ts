import { afterEach, expect, test, vi } from 'vitest';
import { IMPORT_MAX_BYTES, importSizeError, importText } from './import-text';

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

const TOO_LARGE = '文件过大（超过 50 MB），无法导入。';

test('a file is too large by its size alone, before a byte of it is read', () => {
  expect(importSizeError(540 * 1024 * 1024)).toBe(TOO_LARGE);
  expect(importSizeError(IMPORT_MAX_BYTES + 1)).toBe(TOO_LARGE);
  // 50 MB of characters in UTF-8, three bytes each at most, with a byte-order mark: may be read.
  expect(importSizeError(IMPORT_MAX_BYTES)).toBeUndefined();
  expect(importSizeError(0)).toContain('文件是空的');
});

test('bytes too many to hold are too large, not “not UTF-8”', () => {
  const huge = Object.defineProperty(new Uint8Array(1), 'length', { value: 540 * 1024 * 1024 });
  expect(importText(huge)).toEqual({ ok: false, error: TOO_LARGE });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

test('a text longer than the engine can hold (RangeError) is too large, not “not UTF-8”', () => {
  vi.stubGlobal(
    'TextDecoder',
    class {
      decode(): string {
        throw new RangeError('Invalid string length');
      }
    },
  );
  expect(importText(new TextEncoder().encode('[]'))).toEqual({ ok: false, error: TOO_LARGE });
});
