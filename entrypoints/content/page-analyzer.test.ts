import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { analyze, analyzeInSteps } from '../../analysis';
import type { Analysis, AnalyzeOptions } from '../../analysis/types';
import type { SenderScope } from '../../storage/sender-scope';
import type { PageRecord } from '../../storage/types';
import { ENGINE_KEY, type EngineScope } from '../../utils/engine-key';
import { extractMainText } from '../../utils/main-text';
import type { AnalyzeTextData, AnalyzeTextReply } from '../../utils/protocol-analysis';
import { analysisReply, analyzeText, answerKept, answerRecordKept } from '../background/analyze-text';
import { KeptAnalyses } from '../background/kept-analyses';
import { reportFindings, summaryOf } from './findings';
import { chunkedAnalyzer, inPageAnalyzer, loadedAnalyzer, offPageAnalyzer, type PageAnalyzer } from './page-analyzer';
import { pageRecordOf } from './page-record';

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
const PAGE_SCOPE = { role: 'page', url: 'https://www.gov.cn/zhengce/report.htm' } as const;
/** The background's answer for an analysis, as analyzeText makes it. */
const replyOf = (analysis: Analysis, busy: number, recorded: boolean) => analysisReply(analysis, busy, { recorded });
const viaBackground = async (data: { text: string; options: AnalyzeOptions; record?: boolean }) =>
  trip(await analyzeText(trip(data), PAGE_SCOPE, { record: async () => ({ ok: true }) }));
/** The background as it runs: the whole analysis kept there for the sender's tab and frame until a card asks. */
const kept = new KeptAnalyses();
const OWNER = '7:0';
const viaBackgroundKept = async (data: { text: string; options: AnalyzeOptions; record?: boolean }) =>
  trip(
    await analyzeText(trip(data), PAGE_SCOPE, {
      record: async () => ({ ok: true }),
      keep: (first, store) => kept.keep(first, OWNER, store),
    }),
  );
const fetchKept = async (token: string) => trip(answerKept(trip({ token }), OWNER, kept));
const never: PageAnalyzer = () => Promise.reject(new Error('the background answered: no fallback'));
/** The page's own engine, loaded as the content script loads it: the background runs the engine's script. */
const engineInPage = () => loadedAnalyzer(async () => (await import('../analysis-engine')).default.main());

const paths: Record<string, () => PageAnalyzer> = {
  'in the page': () => inPageAnalyzer(analyze),
  'in the page, a stage per task': () => chunkedAnalyzer(analyzeInSteps, () => new Promise((r) => setTimeout(r, 0))),
  'in the background': () => offPageAnalyzer({ send: viaBackground, fallback: never, record: true }),
  'in the background, the whole analysis kept there until asked': () =>
    offPageAnalyzer({ send: viaBackgroundKept, fetchKept, fallback: never, record: true }),
  'in the background, the kept analysis gone: the text goes again': () =>
    offPageAnalyzer({
      send: viaBackgroundKept,
      fetchKept: async () => ({ ok: false, error: 'gone' }),
      fallback: never,
    }),
  'background refuses, the page loads the engine': () =>
    offPageAnalyzer({ send: async () => ({ ok: false, error: 'refused' }), fallback: engineInPage() }),
  'background gone, the page loads the engine': () =>
    offPageAnalyzer({
      send: () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
      fallback: engineInPage(),
    }),
};

describe('findings are the same wherever the analysis runs', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    delete (globalThis as EngineScope)[ENGINE_KEY];
  });
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
      const analyzed = await path()(text, options);
      // What the page highlights and shows at once, and the whole analysis a card or the popup asks for.
      expect(analyzed.findings, name).toEqual(reportFindings(direct));
      expect(analyzed.summary, name).toEqual(summaryOf(direct));
      expect(await analyzed.analysis(), name).toEqual(direct);
    }
  });
});

test('the chunked engine lets the page run between its stages, and counts only its own time as busy', async () => {
  const text = pages.find((p) => analyze(p.text).isReport)?.text ?? '';
  const between: number[] = [];
  let clock = 0;
  const now = () => clock;
  // Each stage "takes" 10 ms of the clock; a pause lets the page run (and 1000 ms pass) before the next.
  const steps = (t: string, o: AnalyzeOptions) => {
    const stages = analyzeInSteps(t, o);
    return {
      next: () => {
        clock += 10;
        return stages.next();
      },
    } as ReturnType<typeof analyzeInSteps>;
  };
  const pause = async () => {
    between.push(clock);
    clock += 1000;
  };
  const analyzed = await chunkedAnalyzer(steps, pause, now)(text, {});
  expect(between.length).toBeGreaterThanOrEqual(5);
  expect(analyzed.busy).toBe(10 * (between.length + 1));
  expect(await analyzed.analysis()).toEqual(analyze(text));
});

describe('offPageAnalyzer', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
  const fallback = vi.fn(inPageAnalyzer((text) => ({ ...analyze(text), reasons: ['page'] })));

  test("reports the background's own busy time, where it ran and whether it recorded the page", async () => {
    const send = vi.fn(async (): Promise<AnalyzeTextReply> => replyOf(analyze('x'), 42, true));
    const result = await offPageAnalyzer({ send, fallback, record: true })('x', { title: 't' });
    expect(result).toMatchObject({ busy: 42, where: 'background', recorded: true });
    expect(await result.analysis()).toEqual(analyze('x'));
    expect(send).toHaveBeenCalledWith({ text: 'x', options: { title: 't' }, record: true });
  });

  test('the first reply carries the findings alone; the whole analysis is fetched once, when first asked for', async () => {
    const report = pages.find((p) => analyze(p.text, { title: p.title }).isReport) as (typeof pages)[number];
    const send = vi.fn(viaBackgroundKept);
    const fetch = vi.fn(fetchKept);
    const analyzed = await offPageAnalyzer({ send, fetchKept: fetch, fallback: never })(report.text, {});
    const reply = (await send.mock.results[0]?.value) as AnalyzeTextReply;
    expect(reply).toMatchObject({ ok: true, kept: expect.any(String) });
    expect(reply).not.toHaveProperty('analysis');
    expect(fetch).not.toHaveBeenCalled();
    const [first, again] = await Promise.all([analyzed.analysis(), analyzed.analysis()]);
    expect(first).toEqual(analyze(report.text));
    expect(again).toBe(first);
    expect(fetch).toHaveBeenCalledOnce();
    expect(send).toHaveBeenCalledOnce();
  });

  test('an article that is no report keeps nothing in the background: it sends the whole (small) analysis', async () => {
    const other = pages.find((p) => !analyze(p.text, { title: p.title }).isReport) as (typeof pages)[number];
    const reply = await viaBackgroundKept({ text: other.text, options: {} });
    expect(reply).toMatchObject({ ok: true, analysis: expect.any(String) });
    expect(reply).not.toHaveProperty('kept');
  });

  test('a kept analysis that is gone is asked for again with the text; a failed fetch is tried again later', async () => {
    const send = vi.fn(viaBackgroundKept);
    const gone = vi.fn(async () => ({ ok: false as const, error: 'keptAnalysis: gone' }));
    const report = pages.find((p) => analyze(p.text, { title: p.title }).isReport) as (typeof pages)[number];
    const analyzed = await offPageAnalyzer({ send, fetchKept: gone, fallback: never })(report.text, { title: 't' });
    expect(await analyzed.analysis()).toEqual(analyze(report.text, { title: 't' }));
    expect(send).toHaveBeenLastCalledWith({ text: report.text, options: { title: 't' }, whole: true });

    // The re-sent text is refused too and the page has no engine: no details now, and the next ask tries again.
    const once = vi.fn(viaBackgroundKept);
    const noEngine = vi.fn(() => Promise.reject(new Error('Cannot access contents of the page')));
    const unlucky = await offPageAnalyzer({ send: once, fetchKept: gone, fallback: noEngine })(report.text, {});
    once.mockResolvedValueOnce({ ok: false, error: 'asleep' });
    await expect(unlucky.analysis()).rejects.toThrow(/Cannot access/);
    expect(await unlucky.analysis()).toEqual(analyze(report.text));
    expect(gone).toHaveBeenCalledTimes(3);
  });

  test('a background that never answers is given up on; the page analyses, and keeps doing so', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.useFakeTimers();
    const send = vi.fn(() => new Promise<AnalyzeTextReply>(() => {}));
    const analyzer = offPageAnalyzer({ send, fallback, timeoutMs: 1000 });
    const first = analyzer('x', {});
    await vi.advanceTimersByTimeAsync(1000);
    expect((await first).where).toBe('page');
    expect((await (await analyzer('y', {})).analysis()).reasons).toEqual(['page']);
    expect(send).toHaveBeenCalledTimes(1);
  });

  test('with no engine in the page, a late answer of the background is waited for, and the background kept', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.useFakeTimers();
    let answer: (reply: AnalyzeTextReply) => void = () => {};
    const reply = replyOf(analyze('x'), 1, false);
    const send = vi.fn(() => new Promise<AnalyzeTextReply>((resolve) => (answer = resolve)));
    const noEngine = vi.fn(() => Promise.reject(new Error('Cannot access contents of the page')));
    const analyzer = offPageAnalyzer({ send, fallback: noEngine, timeoutMs: 1000 });
    const first = analyzer('x', {});
    await vi.advanceTimersByTimeAsync(1000);
    expect(noEngine).toHaveBeenCalledOnce();
    answer(reply);
    const late = await first;
    expect(late.where).toBe('background');
    expect(await late.analysis()).toEqual(analyze('x'));
    send.mockResolvedValueOnce(reply);
    expect((await analyzer('x', {})).where).toBe('background');
    expect(send).toHaveBeenCalledTimes(2);
  });

  test('the background refuses a malformed payload', async () => {
    const record = vi.fn(async () => ({ ok: true }));
    expect(await analyzeText({ text: 3, options: {} }, PAGE_SCOPE, { record })).toMatchObject({ ok: false });
    expect(await analyzeText({ text: '政府工作报告' }, PAGE_SCOPE, { record })).toMatchObject({ ok: false });
    expect(
      await analyzeText({ text: '政府工作报告', options: { title: 't', site: 'www.gov.cn' } }, PAGE_SCOPE, { record }),
    ).toMatchObject({ ok: true, recorded: false });
  });

  test('the record the background stores marks a five-year plan’s figures, which the sentences alone cannot tell', async () => {
    const text = [
      '2021年政府工作报告',
      '一、2020年工作回顾',
      '城镇新增就业1186万人。我们完成了全年目标任务。',
      '二、“十三五”时期发展成就和“十四五”时期主要目标任务',
      '人民生活水平显著提高，城镇新增就业超过6000万人。',
      '三、2021年重点工作',
      '今年发展主要预期目标是：城镇新增就业1100万人以上。各位代表，我们要努力完成全年目标任务。',
    ].join('\n');
    const record = vi.fn(async (_r: PageRecord, _s: SenderScope) => ({ ok: true }));
    await analyzeText({ text, options: { title: '2021年政府工作报告' }, record: true }, PAGE_SCOPE, { record });
    const rows = record.mock.calls[0]?.[0].targets ?? [];
    expect(rows.map((r) => [r.text, r.severalYears === true])).toEqual([
      ['1186万人', false],
      ['超过6000万人', true],
      ['1100万人以上', false],
    ]);
  });

  test("the background records a report's page, asked and only then, under the sender's own address", async () => {
    const report = pages.find((p) => analyze(p.text, { title: p.title }).isReport) as (typeof pages)[number];
    const other = pages.find((p) => !analyze(p.text, { title: p.title }).isReport) as (typeof pages)[number];
    const record = vi.fn(async (_r: PageRecord, _s: SenderScope) => ({ ok: true }));
    // Not kept (a sender without a tab): the record is stored with the reply, there being no token to ask by.
    const ask = (page: typeof report, asked: boolean, scope: SenderScope = PAGE_SCOPE) =>
      analyzeText({ text: page.text, options: { title: page.title }, record: asked }, scope, { record });
    expect(await ask(report, false)).toMatchObject({ ok: true, recorded: false, recordLater: false });
    expect(await ask(other, true)).toMatchObject({ ok: true, recorded: false, recordLater: false });
    expect(await ask(report, true, { role: 'extension' })).toMatchObject({ ok: true, recorded: false });
    expect(record).not.toHaveBeenCalled();
    expect(await ask(report, true)).toMatchObject({ ok: true, recorded: true, recordLater: false });
    const direct = analyze(report.text, { title: report.title });
    const expected = {
      ...pageRecordOf(direct, report.text, { url: PAGE_SCOPE.url, title: report.title }),
      seenAt: expect.any(Number),
    };
    expect(record).toHaveBeenCalledWith(expected, PAGE_SCOPE);
    // The reply does not wait for the write (the page's highlights need not), and a failed write is logged there.
    const failed = vi.spyOn(console, 'error').mockImplementation(() => {});
    record.mockImplementationOnce(() => new Promise(() => {}));
    expect(await ask(report, true)).toMatchObject({ ok: true, recorded: true });
    record.mockResolvedValueOnce({ ok: false });
    await ask(report, true);
    await vi.waitFor(() => expect(failed).toHaveBeenCalledOnce());
  });

  test('kept, the record is stored only when the page asks (its highlights in), with the indicators named', async () => {
    const named = (p: (typeof pages)[number]) => {
      const analysis = analyze(p.text, { title: p.title });
      return analysis.isReport && analysis.targets.some((t) => t.indicator);
    };
    const report = pages.find(named) as (typeof pages)[number];
    expect(report).toBeDefined();
    const direct = analyze(report.text, { title: report.title });
    const record = vi.fn(async (_r: PageRecord, _s: SenderScope) => ({ ok: true }));
    const mine = new KeptAnalyses();
    const send = (data: AnalyzeTextData) =>
      analyzeText(trip(data), PAGE_SCOPE, { record, keep: (first, store) => mine.keep(first, OWNER, store) });
    const recordKept = vi.fn(async (token: string) => trip(await answerRecordKept(trip({ token }), OWNER, mine)));
    const analyzed = await offPageAnalyzer({ send, recordKept, fallback: never, record: true })(report.text, {
      title: report.title,
    });
    expect(analyzed).toMatchObject({ where: 'background', recorded: false });
    expect(record).not.toHaveBeenCalled();
    expect(await analyzed.recordLater?.()).toBe(true);
    expect(record).toHaveBeenCalledOnce();
    expect(record).toHaveBeenCalledWith(
      {
        ...pageRecordOf(direct, report.text, { url: PAGE_SCOPE.url, title: report.title }),
        seenAt: expect.any(Number),
      },
      PAGE_SCOPE,
    );
    // Gone (the service worker slept): the page hears it could not, and records the page itself.
    const forgetful = offPageAnalyzer({
      send,
      recordKept: async () => ({ ok: false, error: 'recordKept: gone' }),
      fallback: never,
      record: true,
    });
    expect(await (await forgetful(report.text, {})).recordLater?.()).toBe(false);
    // Without a way to ask, nothing is offered: the page records it itself.
    expect(
      (await offPageAnalyzer({ send, fallback: never, record: true })(report.text, {})).recordLater,
    ).toBeUndefined();
  });

  test("the page's own engine is loaded once, and a failed load is tried again", async () => {
    const scope: EngineScope = {} as EngineScope;
    const load = vi.fn(async (): Promise<{ ok: boolean; error?: string }> => ({ ok: false, error: 'no tab' }));
    const analyzer = loadedAnalyzer(load, scope);
    await expect(analyzer('x', {})).rejects.toThrow(/no tab/);
    load.mockImplementation(async () => {
      scope[ENGINE_KEY] = analyzeInSteps;
      return { ok: true };
    });
    expect(await (await analyzer('x', {})).analysis()).toEqual(analyze('x'));
    await analyzer('y', {});
    expect(load).toHaveBeenCalledTimes(2);
  });
});
