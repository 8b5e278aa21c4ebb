import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = join(__dirname, '../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** Every source file of the product (tests and the presentation modules themselves left out). */
function sources(): string[] {
  return ['analysis', 'cli', 'components', 'entrypoints', 'storage', 'utils'].flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|tsx|css)$/.test(file) && !/\.test\./.test(file))
      .map((file) => `${dir}/${file}`),
  );
}
const OWNERS = ['utils/present-target.ts', 'utils/palette.ts'];

// The surfaces that show a kind, a bound, a category or a highlight colour, and what each takes from the one home.
test.each([
  ['entrypoints/content/describe-target.ts', 'present-target'],
  ['entrypoints/content/legend-view.ts', 'present-target'],
  ['components/CategoryToggles.tsx', 'present-target'],
  ['components/library/TargetsTable.tsx', 'present-target'],
  ['storage/export-csv.ts', 'present-target'],
  ['entrypoints/content/page-style.ts', 'palette'],
  ['entrypoints/content/legend-host.ts', 'palette'],
  ['entrypoints/content/notes/note-style.ts', 'palette'],
  ['components/note-colors.ts', 'palette'],
])('%s takes its words or colours from utils/%s', (file, module) => {
  expect(read(file)).toMatch(new RegExp(`from '(?:\\.\\./)+utils/${module}'`));
});

test('no other table of kind, bound or category words exists in the source', () => {
  // A record keyed by the vocabulary (`goal: '…'`, `'>=': '…'`) holding words is such a table.
  const table = /\b(?:goal|past|other|agency)\s*:\s*'[^']*[\u4e00-\u9fff]|'(?:>=|<=)'\s*:\s*'[^']+'/u;
  const offenders = sources().filter((file) => !OWNERS.includes(file) && table.test(read(file)));
  expect(offenders).toEqual([]);
});

test('no other copy of the category colours exists in the source', () => {
  // The highlight colours, in any notation the source has used for them.
  const colours =
    /245,\s*158,\s*11|59,\s*130,\s*246|148,\s*163,\s*184|16,\s*185,\s*129|#d97706|#3b82f6|#94a3b8|#10b981/i;
  // page-style.css is written from the palette (entrypoints/content/page-style.test.ts holds it to that).
  const generated = ['entrypoints/content/page-style.css'];
  const offenders = sources().filter(
    (file) => !OWNERS.includes(file) && !generated.includes(file) && colours.test(read(file)),
  );
  expect(offenders).toEqual([]);
});

test('the i18n messages know every label the presentation asks for', () => {
  const zh = JSON.parse(read('public/_locales/zh_CN/messages.json'));
  const keys = [...read('utils/present-target.ts').matchAll(/'((?:category|bound|value)[A-Z]\w+)'/g)].map((m) => m[1]);
  expect(keys.length).toBeGreaterThan(15);
  for (const key of keys) expect(zh).toHaveProperty(key as string);
});
