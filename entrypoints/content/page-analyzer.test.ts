import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { analyze } from '../../analysis';
import type { Analysis, AnalyzeOptions } from '../../analysis/types';
import { extractMainText } from '../../utils/main-text';
import type { AnalyzeTextReply } from '../../utils/protocol-analysis';
import { analyzeText } from '../background/analyze-text';
import { collectFindings } from './findings';
import { inPageAnalyzer, offPageAnalyzer, type PageAnalyzer } from './page-analyzer';

const PAGES = join(import.meta.dirname, '../../tests/fixtures/pages');

/** What the page extracts from each fixture page, and its title. */
const pages = readdirSync(PAGES)
  .filter((file) => file.endsWith('.html'))
  .map((file) => {
    const charset = file.includes('gbk') ? 'gbk' : 'utf-8';
    const { document } = parseHTML(new TextDecoder(charset).decode(readFileSync(join(PAGES, file))));
    const main = extractMainText(document as unknown as Document);
    return { file, text: main?.text ?? '', title: document.title };
  })
  .filter((page) => page.text.length > 0);

/** A runtime message's trip: the browser serialises the payload both ways. */
const trip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const viaBackground = async (data: { text: string; options: AnalyzeOptions }) => trip(analyzeText(trip(data)));

const paths: Record<string, PageAnalyzer> = {
  'in the page': inPageAnalyzer(),
  'in the background': offPageAnalyzer({ send: viaBackground }),
  'background refuses, page falls back': offPageAnalyzer({
    send: async () => ({ ok: false, error: 'refused' }),
  }),
  'background gone, page falls back': offPageAnalyzer({
    send: () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
  }),
};

describe('findings are the same wherever the analysis runs', () => {
  afterEach(() => vi.restoreAllMocks());
  test('the fixture pages have articles to compare', () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expect(pages.some((p) => analyze(p.text, { title: p.title }).isReport)).toBe(true);
  });

  test.each(pages)('$file', async ({ text, title }) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    // A site that counts for detection: the options must make the trip too.
    const options = { title, site: 'www.gov.cn' };
    const direct: Analysis = analyze(text, options);
    for (const [name, path] of Object.entries(paths)) {
      const { analysis } = await path(text, options);
      expect(analysis, name).toEqual(direct);
      expect(collectFindings(analysis), name).toEqual(collectFindings(direct));
    }
  });
});

describe('offPageAnalyzer', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
  const fallback = vi.fn(inPageAnalyzer((text) => ({ ...analyze(text), reasons: ['page'] })));

  test("reports the background's own busy time and where it ran", async () => {
    const send = vi.fn(async (): Promise<AnalyzeTextReply> => ({ ok: true, analysis: analyze('x'), busy: 42 }));
    const result = await offPageAnalyzer({ send, fallback })('x', { title: 't' });
    expect(result).toMatchObject({ busy: 42, where: 'background' });
    expect(send).toHaveBeenCalledWith({ text: 'x', options: { title: 't' } });
  });

  test('a background that never answers is given up on; the page analyses, and keeps doing so', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.useFakeTimers();
    const send = vi.fn(() => new Promise<AnalyzeTextReply>(() => {}));
    const analyzer = offPageAnalyzer({ send, fallback, timeoutMs: 1000 });
    const first = analyzer('x', {});
    await vi.advanceTimersByTimeAsync(1000);
    expect((await first).where).toBe('page');
    expect((await analyzer('y', {})).analysis.reasons).toEqual(['page']);
    expect(send).toHaveBeenCalledTimes(1);
  });

  test('the background refuses a malformed payload', () => {
    expect(analyzeText({ text: 3, options: {} })).toMatchObject({ ok: false });
    expect(analyzeText({ text: '政府工作报告' })).toMatchObject({ ok: false });
    expect(analyzeText({ text: '政府工作报告', options: { title: 't', site: 'www.gov.cn' } })).toMatchObject({
      ok: true,
    });
  });
});
