import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractMainText } from '../utils/main-text';

const ROOT = join(import.meta.dirname, '..');
const CORPUS = join(ROOT, '../shared/corpus/dev');
const DEV_REPORTS = ['nmg-2024-p08', 'cn-2022-review', 'js-2026-targets', 'bj-2026-review-targets'];
const FIXTURE_PAGES = ['epaper-nmg-2024-p08', 'govcn-report-2022', 'portal-js-2026-sidebar', 'portal-bj-2026'];

/** The four dev report texts: from ../shared when it is there, else extracted from our fixture pages. */
export function reportTexts(): { texts: string[]; source: string } {
  if (DEV_REPORTS.every((name) => existsSync(join(CORPUS, `${name}.txt`)))) {
    return { texts: DEV_REPORTS.map((n) => readFileSync(join(CORPUS, `${n}.txt`), 'utf8')), source: CORPUS };
  }
  const pages = join(ROOT, 'tests/fixtures/pages');
  const texts = FIXTURE_PAGES.map((name) => {
    const { document } = parseHTML(readFileSync(join(pages, `${name}.html`), 'utf8'));
    const main = extractMainText(document as unknown as Document);
    if (!main) throw new Error(`no main text in ${name}.html`);
    return main.text;
  });
  return { texts, source: pages };
}

/** The texts repeated, whole, until the result has at least `minChars` characters. */
export function longReport(texts: readonly string[], minChars: number): string {
  const parts: string[] = [];
  let length = 0;
  while (length < minChars) {
    for (const text of texts) {
      parts.push(text);
      length += text.length + 1;
    }
  }
  return parts.join('\n');
}
