// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Analysis } from '../../analysis/types';
import type { MainText } from '../../utils/main-text';
import { CATEGORIES } from '../../utils/protocol-content';
import type { GovmarkPage } from './govmark-page';
import { HIGHLIGHT_SELECTOR } from './highlighter';
import { inPageAnalyzer } from './page-analyzer';
import type { PageFeature, PagePass } from './page-pass';
import { recordFeature } from './record-feature';
import { fakeAnalyze, fakeSwitch, REPORT_HTML, testPage } from './test-page';
import { settle } from './test-timers';

// The legend acts only on trusted events (issue 12); this DOM's events are all synthetic, so they count as the reader's here.
vi.mock('../../utils/trusted-only', async (original) => ({
  ...(await original<typeof import('../../utils/trusted-only')>()),
  isTrusted: () => true,
}));

let pages: GovmarkPage[] = [];
const track = <T extends { page: GovmarkPage }>(t: T) => {
  pages.push(t.page);
  return t;
};
afterEach(() => {
  for (const p of pages) p.destroy();
  pages = [];
});
beforeEach(() => {
  for (const el of document.querySelectorAll('govmark-legend, govmark-card')) el.remove();
  document.head.innerHTML = '<title>政府工作报告</title>';
  document.body.innerHTML = REPORT_HTML;
});

const marks = () => [...document.querySelectorAll<HTMLElement>('[data-govmark]')];
const legend = () => document.querySelector('govmark-legend')?.shadowRoot ?? null;
const byTestId = (id: string) => legend()?.querySelector<HTMLInputElement>(`[data-testid="${id}"]`) ?? null;
function textNodes(node: Node): Text[] {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

describe('a page that is not a report', () => {
  test('is left exactly as it was, and the pass is still measured', async () => {
    document.head.innerHTML = '<title>三季度经济数据</title>';
    document.querySelector('h1')?.replaceChildren('三季度经济运行');
    const before = document.documentElement.cloneNode(true);
    const { page, measures } = track(testPage());
    await page.start();
    await settle();
    expect(document.documentElement.isEqualNode(before)).toBe(true);
    expect(measures.map((m) => m.name)).toEqual(['govmark:analyze', 'govmark:visible', 'govmark:highlight']);
    expect(page.status()).toMatchObject({ isReport: false, counts: { goal: 0, past: 0, other: 0, agency: 0 } });
  });
});

test('the reader’s 仍然分析此页 reads a page judged no report as one; a plain analyseNow does not', async () => {
  document.head.innerHTML = '<title>三季度经济数据</title>';
  document.querySelector('h1')?.replaceChildren('三季度经济运行');
  const before = document.documentElement.cloneNode(true);
  const { page } = track(testPage());
  await page.start();
  await settle();
  expect((await page.analyzeNow()).isReport).toBe(false);
  expect(document.documentElement.isEqualNode(before)).toBe(true);
  const status = await page.analyzeNow(true);
  expect(status.isReport).toBe(true);
  expect(marks().length).toBeGreaterThan(0);
  expect(status.counts.agency).toBe(2);
});

describe('a report page', () => {
  test('highlights exactly the findings inside the article; text unchanged; one measure of each, in order', async () => {
    const text = document.body.textContent;
    const { page, measures } = track(testPage());
    await page.start();
    expect(document.body.textContent).toBe(text);
    expect(marks().map((m) => [m.dataset.govmark, m.dataset.govmarkId, m.textContent])).toEqual([
      ['target', 't0', '20'],
      ['target', 't0', '个'],
      ['target', 't1', '5%左右'],
      ['agency', 'a0', '教育厅'],
      ['target', 't2', '3人'],
      ['agency', 'a1', '财政厅'],
    ]);
    expect(marks().every((m) => m.closest('article') && !m.closest('form'))).toBe(true);
    expect(document.querySelectorAll('[data-govmark]:not(mark)')).toHaveLength(0);
    // No tab index until the keyboard comes (target-keys.ts): a mark with one cannot begin a mouse selection.
    expect(document.querySelectorAll('mark[tabindex]')).toHaveLength(0);
    expect(document.querySelectorAll('style')).toHaveLength(0); // the page style is declared, not added
    const [analyze, visible, highlight, ...more] = measures;
    expect(more).toEqual([]);
    expect(analyze?.name).toBe('govmark:analyze');
    expect(visible?.name).toBe('govmark:visible');
    expect(highlight?.name).toBe('govmark:highlight');
    expect((analyze?.start ?? 0) + (analyze?.duration ?? 0)).toBeLessThanOrEqual(highlight?.start ?? -1);
    expect(visible?.start).toBe(highlight?.start);
    expect(visible?.duration).toBeLessThanOrEqual(highlight?.duration ?? -1);
    expect(page.status()).toMatchObject({
      isReport: true,
      counts: { goal: 1, past: 1, other: 1, agency: 2 },
      visible: { goal: true, past: true, other: true, agency: true },
      pages: { page: '08', continuedFrom: '07', continuesOn: '09' },
      siteDisabled: false,
    });
  });

  test('the legend: open shadow root, counts, pages line, a toggle per category', async () => {
    const { page } = track(testPage());
    await page.start();
    expect(byTestId('govmark-legend-counts')?.dataset).toMatchObject({ goal: '1', past: '1', other: '1', agency: '2' });
    // Without a browser the words are their message keys: the page line is the UI's words, not the report's.
    expect(byTestId('govmark-legend-pages')?.textContent).toBe(
      'popupEditionPageeditionSeparatorpopupEditionFromeditionSeparatorpopupEditionTo',
    );
    for (const c of CATEGORIES) expect(byTestId(`govmark-legend-toggle-${c}`)?.checked).toBe(true);
    expect(document.body.querySelector('govmark-legend')).toBeNull(); // beside <body>, not in it
  });

  test('hiding every category from the legend gives the page back exactly, own Text nodes live', async () => {
    const clone = document.body.cloneNode(true);
    const own = textNodes(document.body);
    const { page } = track(testPage());
    await page.start();
    byTestId('govmark-legend-toggle-past')?.click();
    await settle();
    expect(marks().some((m) => m.dataset.govmarkKind === 'past')).toBe(false);
    expect(marks().some((m) => m.dataset.govmarkKind === 'goal')).toBe(true);
    expect(page.status().visible.past).toBe(false);
    for (const c of ['goal', 'other', 'agency']) {
      byTestId(`govmark-legend-toggle-${c}`)?.click();
      await settle();
    }
    expect(marks()).toEqual([]);
    expect(document.querySelector('govmark-legend, govmark-card')).toBeNull();
    expect(document.body.isEqualNode(clone)).toBe(true);
    expect(textNodes(document.body)).toEqual(own);

    await page.setCategoryVisible('agency', true);
    expect(marks().map((m) => m.textContent)).toEqual(['教育厅', '财政厅']);
    expect(byTestId('govmark-legend-toggle-agency')?.checked).toBe(true);
    expect(byTestId('govmark-legend-toggle-goal')?.checked).toBe(false);
  });

  test('focus or hover on a target shows its card as text; Escape hides it', async () => {
    const { page } = track(testPage());
    await page.start();
    const goal = marks().find((m) => m.dataset.govmarkId === 't1') as HTMLElement;
    const tipOf = () =>
      document.querySelector('govmark-card')?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]');
    // The first card waits for the whole analysis: the page asks for it only now.
    goal.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await vi.waitFor(() => expect(tipOf()?.hidden).toBe(false));
    const tip = tipOf();
    // Kind, value with its bound, agency (the words themselves: utils/present-target.test.ts).
    expect(tip?.querySelectorAll('.row')).toHaveLength(3);
    expect(tip?.textContent).toContain('教育厅');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(tip?.hidden).toBe(true);
    marks()[0]?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    await vi.waitFor(() => expect(tip?.textContent).toContain('20个'));
    // A card whose reader left before its details came is not shown.
    marks()[0]?.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
    goal.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    goal.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(tip?.hidden).toBe(true);
    expect(tip?.textContent).toContain('20个');
  });

  test('destroy() gives the page back; a second run after it highlights once, not twice', async () => {
    const clone = document.body.cloneNode(true);
    const first = track(testPage());
    await first.page.start();
    first.page.destroy();
    expect(document.body.isEqualNode(clone)).toBe(true);
    expect(document.querySelector('govmark-legend, govmark-card')).toBeNull();
    const second = track(testPage());
    await second.page.start();
    await second.page.analyzeNow();
    expect(marks()).toHaveLength(6);
    expect(second.measures).toHaveLength(3); // analyzeNow on an unchanged page is not another pass
  });

  test('highlights left by an earlier copy of the script are replaced, not doubled', async () => {
    const earlier = track(testPage());
    await earlier.page.start();
    const orphanMarks = marks();
    const later = track(testPage());
    await later.page.start();
    expect(marks()).toHaveLength(6);
    expect(orphanMarks.some((m) => m.isConnected)).toBe(false);
  });
});

describe('long pages', () => {
  test('are highlighted in chunks; the measure counts chunk time, not the pauses between', async () => {
    document.querySelector('article')?.append(
      ...Array.from({ length: 30 }, (_, i) => {
        const p = document.createElement('p');
        p.textContent = `第${i}段 增长${i}%，教育厅`;
        return p;
      }),
    );
    let t = 0;
    const progress: number[] = [];
    const { page, measures } = track(
      testPage({
        // Every look at the clock costs 1 ms of work; every pause 100 ms of someone else's time.
        now: () => t++,
        chunkBudgetMs: 1,
        yieldToMain: async () => {
          progress.push(document.querySelectorAll(HIGHLIGHT_SELECTOR).length);
          t += 100;
        },
      }),
    );
    await page.start();
    expect(progress.length).toBeGreaterThan(30);
    expect(progress[0]).toBeLessThan(progress[progress.length - 1] ?? 0);
    const highlight = measures.find((m) => m.name === 'govmark:highlight');
    const analyze = measures.find((m) => m.name === 'govmark:analyze');
    expect(highlight?.start).toBeGreaterThanOrEqual((analyze?.start ?? 0) + (analyze?.duration ?? 0));
    // The first chunk's start: after the three pauses that give the text's trip, the laying of the findings on
    // the page and the first highlights tasks of their own, before the thirty-odd pauses between chunks.
    expect(highlight?.start).toBeGreaterThan(300);
    expect(highlight?.start).toBeLessThan(400);
    expect(highlight?.duration).toBeLessThan(progress.length * 10);
    expect(marks()).toHaveLength(6 + 60);
  });
});

describe('living pages', () => {
  test('late content is analysed and highlighted; our own changes never start another pass', async () => {
    const { page, clock, measures } = track(testPage());
    await page.start();
    await settle();
    expect(clock.pending).toBe(0);
    const p = document.createElement('p');
    p.textContent = '加载更多：新增40个';
    document.querySelector('article')?.append(p);
    await settle();
    expect(clock.pending).toBe(1);
    clock.fire();
    await settle(20);
    expect(p.querySelector('mark')?.textContent).toBe('40个');
    expect(measures.map((m) => m.name)).toEqual([
      'govmark:analyze',
      'govmark:visible',
      'govmark:highlight',
      'govmark:analyze',
      'govmark:visible',
      'govmark:highlight',
    ]);
    expect(clock.pending).toBe(0);
    expect(marks()).toHaveLength(7);
  });

  test('while the reader selects words in the article, a change of the page waits for them', async () => {
    const { page, clock, measures } = track(testPage());
    await page.start();
    await settle();
    const passes = () => measures.filter((m) => m.name === 'govmark:analyze').length;
    const first = document.querySelector('article p') as HTMLElement;
    document.getSelection()?.selectAllChildren(first);
    document.querySelector('article')?.insertAdjacentHTML('beforeend', '<p>阅读量：1024</p>');
    await settle();
    clock.fire();
    await settle(20);
    expect(passes()).toBe(1);
    expect(document.getSelection()?.toString()).toBe(first.textContent);
    // The reader is done: the change is read at the next look.
    document.getSelection()?.removeAllRanges();
    clock.fire();
    await settle(20);
    expect(passes()).toBe(2);
  });

  test('a legend the page took out comes back with the next pass', async () => {
    const { page, clock } = track(testPage());
    await page.start();
    await settle(20);
    expect(legend()).not.toBeNull();
    document.querySelector('govmark-legend')?.remove();
    document.querySelector('article')?.insertAdjacentHTML('beforeend', '<p>新增50个</p>');
    await settle();
    clock.fire();
    await settle(20);
    expect(document.querySelectorAll('govmark-legend')).toHaveLength(1);
    expect(legend()?.querySelector('[data-testid="govmark-legend"]')).not.toBeNull();
  });

  test('a page that takes the highlights away again and again is let be after a few tries', async () => {
    const { page, clock, measures } = track(testPage());
    await page.start();
    await settle();
    const strip = () => {
      for (const mark of document.querySelectorAll('mark[data-govmark]')) mark.replaceWith(...mark.childNodes);
    };
    const passes = () => measures.filter((m) => m.name === 'govmark:analyze').length;
    for (let round = 0; round < 8; round++) {
      strip();
      await settle();
      if (clock.pending > 0) clock.fire();
      await settle(20);
    }
    // The first pass, then three that put the highlights back; then no more.
    expect(passes()).toBe(4);
    expect(marks()).toHaveLength(0);
    // New text is a new page: it is read again.
    document.querySelector('article')?.insertAdjacentHTML('beforeend', '<p>新增50个</p>');
    await settle();
    clock.fire();
    await settle(20);
    expect(passes()).toBe(5);
    expect(marks().length).toBeGreaterThan(0);
  });

  test('a reader who re-renders the article now and then gets the highlights back every time', async () => {
    let clockMs = 0;
    const { page, clock, measures } = track(testPage({ now: () => clockMs }));
    await page.start();
    await settle();
    const passes = () => measures.filter((m) => m.name === 'govmark:analyze').length;
    for (let round = 0; round < 6; round++) {
      clockMs += 3000; // seconds apart, as a reader's clicks are
      const article = document.querySelector('article') as HTMLElement;
      article.innerHTML = article.innerHTML.replace(/<\/?mark[^>]*>/g, '');
      await settle();
      if (clock.pending > 0) clock.fire();
      await settle(20);
    }
    expect(passes()).toBe(7);
    expect(marks().length).toBeGreaterThan(0);
  });

  test('another address with the same text is another page: a full pass, the reader’s word forgotten', async () => {
    document.body.innerHTML = '<article><p>新增就业3人</p></article>';
    const onAddress = vi.fn(async (_url: string) => true);
    const { page, clock, measures } = track(testPage({ onAddress }));
    await page.analyzeNow(true);
    expect(page.status().isReport).toBe(true);
    const passes = () => measures.filter((m) => m.name === 'govmark:analyze').length;
    history.pushState(null, '', '#part2'); // a fragment is the same page
    page.schedule();
    await settle();
    if (clock.pending > 0) clock.fire();
    await settle(20);
    expect(passes()).toBe(1);
    history.pushState(null, '', '/another-report.html');
    page.schedule();
    await settle();
    clock.fire();
    await settle(20);
    expect(passes()).toBe(2);
    expect(page.status().isReport).toBe(false);
    // The first address and the new one are told, the fragment is not.
    expect(onAddress.mock.calls.map(([url]) => new URL(url).pathname.endsWith('/another-report.html'))).toEqual([
      false,
      true,
    ]);
  });

  test('a page that was not a report becomes one when its text arrives', async () => {
    document.body.innerHTML = '<article><p>加载中</p></article>';
    const { page, clock } = track(testPage());
    await page.start();
    expect(page.status().isReport).toBe(false);
    document.querySelector('article')?.insertAdjacentHTML('beforeend', '<h1>政府工作报告</h1><p>增长6%</p>');
    await settle();
    clock.fire();
    await settle(20);
    expect(page.status().isReport).toBe(true);
    expect(marks().map((m) => m.textContent)).toEqual(['6%']);
  });
});

describe('the site switch', () => {
  test('a switched-off site is not touched, not even measured', async () => {
    const before = document.documentElement.cloneNode(true);
    const { siteSwitch } = fakeSwitch(true);
    const { page, measures, analyze } = track(testPage({ siteSwitch }));
    await page.start();
    expect(document.documentElement.isEqualNode(before)).toBe(true);
    expect(measures).toEqual([]);
    expect(analyze).not.toHaveBeenCalled();
    expect(page.status().siteDisabled).toBe(true);
    await page.setSiteDisabled(false);
    expect(marks()).toHaveLength(6);
  });

  test('"在此网站关闭" remembers the choice and restores the page', async () => {
    const clone = document.body.cloneNode(true);
    const { siteSwitch, state } = fakeSwitch();
    const { page } = track(testPage({ siteSwitch }));
    await page.start();
    byTestId('govmark-legend-off')?.click();
    await settle();
    expect(siteSwitch.setDisabled).toHaveBeenCalledWith(true);
    expect(state.disabled).toBe(true);
    expect(document.body.isEqualNode(clone)).toBe(true);
    expect(document.querySelector('govmark-legend')).toBeNull();
    expect(page.status().siteDisabled).toBe(true);
  });

  test('analyzeNow runs on a switched-off site when the user asks', async () => {
    const { siteSwitch } = fakeSwitch(true);
    const { page } = track(testPage({ siteSwitch }));
    await page.start();
    expect(marks()).toHaveLength(0);
    expect((await page.analyzeNow()).isReport).toBe(true);
    expect(marks()).toHaveLength(6);
  });
});

test('the page record is made once per report pass with the analysis and main text, after all highlights', async () => {
  const onReportFound = vi.fn((_a: Analysis, _m: MainText) => expect(marks()).toHaveLength(6));
  const { page } = track(testPage({ features: [recordFeature({ record: onReportFound })] }));
  await page.start();
  await settle();
  expect(onReportFound).toHaveBeenCalledTimes(1);
  expect(onReportFound.mock.calls[0]?.[1].text).toContain('政府工作报告');
});

test('a page record the background stored with its analysis is not made again; what waits for it is told', async () => {
  const onReportFound = vi.fn();
  const onRecorded = vi.fn(() => expect(marks()).toHaveLength(6));
  const inPage = inPageAnalyzer(fakeAnalyze);
  const { page } = track(
    testPage({
      analyzer: async (text, options) => ({ ...(await inPage(text, options)), where: 'background', recorded: true }),
      features: [recordFeature({ record: onReportFound, onRecorded })],
    }),
  );
  await page.start();
  await settle();
  expect(onReportFound).not.toHaveBeenCalled();
  expect(onRecorded).toHaveBeenCalledTimes(1);
});

describe('the pass and its features', () => {
  /** A feature that notes what it saw when the page told it of a pass. */
  function recorder(log: string[]) {
    const passes: { pass: PagePass; signal: AbortSignal; marksAtInit: number }[] = [];
    const feature: PageFeature = {
      name: 'recorder',
      init(pass, signal) {
        log.push(`init ${pass.cause}`);
        passes.push({ pass, signal, marksAtInit: marks().length });
      },
    };
    return { feature, passes };
  }

  test('each feature is told of each pass in a task of its own, after the highlights in view', async () => {
    const log: string[] = [];
    const a = recorder(log);
    const b = recorder(log);
    const { page } = track(
      testPage({
        features: [a.feature, b.feature],
        yieldToMain: async () => void log.push('yield'),
        yieldToIdle: async () => void log.push('idle'),
      }),
    );
    await page.start();
    await settle();
    // Everything in happy-dom's zero-size layout is "in view": no idle chunk was needed.
    expect(log.filter((line) => line.startsWith('init'))).toEqual(['init analysis', 'init analysis']);
    // A task boundary before each feature: never two inits in one go.
    expect(log[0]).toBe('yield');
    expect(log.join()).not.toContain('init analysis,init analysis');
    expect(log).not.toContain('idle');
    const [{ pass, signal, marksAtInit }] = a.passes as [(typeof a.passes)[number]];
    expect(marksAtInit).toBe(6);
    expect(pass.report?.isReport).toBe(true);
    expect(pass.findings.map((f) => f.id)).toEqual(['t0', 't1', 'a0', 't2', 'a1']);
    expect((await pass.targetById('t1'))?.text).toBe('5%左右');
    expect(await pass.targetById('a0')).toBeUndefined();
    expect(await pass.targetById('t9')).toBeUndefined();
    expect(pass.marks.size).toBe(6);

    await page.setCategoryVisible('past', false);
    await settle();
    const toggled = a.passes[1];
    expect(toggled?.pass.cause).toBe('visibility');
    expect(toggled?.pass.visible.past).toBe(false);
    // The same analysis shown again: its signal lives on.
    expect(toggled?.signal).toBe(signal);
    expect(signal.aborted).toBe(false);

    await page.setCategoryVisible('past', true);
    document.querySelector('article')?.append('新增就业9人');
    page.schedule();
    await page.analyzeNow();
    await settle();
    expect(signal.aborted).toBe(true); // a new analysis supersedes the old one
    expect(pass.off.aborted).toBe(false);
    page.destroy();
    expect(pass.off.aborted).toBe(true);
    expect(a.passes.at(-1)?.signal.aborted).toBe(true);
  });

  test('a failing feature does not stop the others', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const log: string[] = [];
    const good = recorder(log);
    const bad: PageFeature = {
      name: 'bad',
      init() {
        throw new Error('boom');
      },
    };
    const rejecting: PageFeature = { name: 'rejecting', init: async () => Promise.reject(new Error('later')) };
    const { page } = track(testPage({ features: [bad, rejecting, good.feature] }));
    await page.start();
    await settle();
    expect(good.passes).toHaveLength(1);
    expect(console.error).toHaveBeenCalledWith('GovMark: bad', expect.any(Error));
    expect(console.error).toHaveBeenCalledWith('GovMark: rejecting', expect.any(Error));
    vi.restoreAllMocks();
  });

  test('highlights out of view wait for idle time; govmark:visible ends before the last highlight', async () => {
    const article = document.querySelector('article') as HTMLElement;
    const far = document.createElement('p');
    far.textContent = '远处的段落：增长9%';
    article.append(far);
    // One paragraph far below the fold; happy-dom lays nothing out, so its box is given here.
    far.getBoundingClientRect = () => ({ top: 10_000, bottom: 10_020 }) as DOMRect;
    const seen: number[] = [];
    const log: string[] = [];
    const a = recorder(log);
    const { page, measures } = track(
      testPage({
        features: [a.feature],
        yieldToIdle: async () => void seen.push(marks().length),
      }),
    );
    await page.start();
    await settle();
    // Before the first idle chunk: all but the far paragraph's; then once more after the last one, so the frame
    // that lays it out is not also the features' (the legend's mount).
    expect(seen).toEqual([6, 7]);
    expect(a.passes[0]?.marksAtInit).toBe(6);
    expect(far.querySelector('mark')?.textContent).toBe('9%');
    expect(measures.map((m) => m.name)).toEqual(['govmark:analyze', 'govmark:visible', 'govmark:highlight']);
  });
});
