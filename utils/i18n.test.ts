import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (lang: string): Messages =>
  JSON.parse(readFileSync(join(__dirname, `../public/_locales/${lang}/messages.json`), 'utf8'));

test('every locale has the same keys and placeholders as zh_CN', () => {
  const zh = read('zh_CN');
  for (const lang of readdirSync(join(__dirname, '../public/_locales'))) {
    const other = read(lang);
    expect(Object.keys(other).sort(), lang).toEqual(Object.keys(zh).sort());
    for (const [key, entry] of Object.entries(zh)) {
      expect(Object.keys(other[key]?.placeholders ?? {}).sort(), `${lang}.${key}`).toEqual(
        Object.keys(entry.placeholders ?? {}).sort(),
      );
    }
  }
});

test('every $NAME$ in a message has a placeholder', () => {
  for (const lang of ['zh_CN', 'en']) {
    for (const [key, entry] of Object.entries(read(lang))) {
      for (const [, name = ''] of entry.message.matchAll(/\$([A-Za-z_]+)\$/g)) {
        expect(entry.placeholders?.[name.toLowerCase()], `${lang}.${key} $${name}$`).toBeDefined();
      }
    }
  }
});

/** Source files of GovMark's own pages and their components, where t('key') is called. */
function sourcesUsingT(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx)$/.test(file) && !/\.test\./.test(file))
    .map((file) => readFileSync(join(dir, file), 'utf8'));
}

test("every t('key') in the code exists in zh_CN", () => {
  const zh = read('zh_CN');
  const root = join(__dirname, '..');
  const used = ['components', 'entrypoints']
    .flatMap((dir) => sourcesUsingT(join(root, dir)))
    .flatMap((source) => [...source.matchAll(/\bt\('([A-Za-z_@]+)'/g)].map((m) => m[1] ?? ''));
  expect(used.length).toBeGreaterThan(10);
  for (const key of used) if (!key.startsWith('@@')) expect(zh, key).toHaveProperty(key);
});

test('a message learnt from the background is filled in on the page, substitutions and all', async () => {
  const { learnMessages, t } = await import('./i18n');
  learnMessages({ testEdition: '第\uE001版，上接\uE002版', testPlain: '图例' });
  expect(t('testEdition', ['08', '07'])).toBe('第08版，上接07版');
  expect(t('testEdition', '08')).toBe('第08版，上接版');
  expect(t('testPlain')).toBe('图例');
});
