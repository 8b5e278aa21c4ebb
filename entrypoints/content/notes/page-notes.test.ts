// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { Annotation } from '../../../storage/types';
import { mainTextOf } from '../../../utils/main-text';
import type { GovmarkPage } from '../govmark-page';
import { HIGHLIGHT_SELECTOR } from '../highlighter';
import { fakeSwitch, REPORT_HTML, testPage } from '../test-page';
import { settle } from '../test-timers';
import { NOTE_MARK_SELECTOR } from './note-marks';
import { NOTE_UI_TAG } from './note-ui-host';
import { NotesController } from './notes-controller';
import { PAGE_KIT } from './page-kit';
import { fakeNotesApi, noteOnReport, REPORT_URL } from './test-notes';

// The markers' names as the Chinese UI gives them.
vi.mock('../../../utils/i18n', async (original) => ({
  ...(await original<typeof import('../../../utils/i18n')>()),
  t: (await import('../../../tests/unit/translator')).translator('zh_CN'),
}));

/** GovmarkPage and NotesController wired as index.ts wires them. */

let page: GovmarkPage | undefined;
let notes: NotesController | undefined;

beforeEach(() => {
  document.head.innerHTML = '<title>政府工作报告</title>';
  document.body.innerHTML = REPORT_HTML;
});
afterEach(() => {
  notes?.destroy();
  page?.destroy();
});

const article = () => document.querySelector('article') as Element;

const note = noteOnReport;

function wire(stored: Annotation[], siteSwitch = fakeSwitch().siteSwitch) {
  const fake = fakeNotesApi(stored);
  const controller = new NotesController({
    kit: PAGE_KIT,
    trusted: () => true,
    api: fake.api,
    extract: (doc) => mainTextOf(doc.querySelector('article') as Element),
    pageUrl: () => REPORT_URL,
    change: (op) => (page as GovmarkPage).change(op),
  });
  const t = testPage({
    siteSwitch,
    features: [controller],
  });
  page = t.page;
  notes = controller;
  return { ...t, controller, fake };
}

test('on a report page, a note over a target shows both highlights; the pass is not re-run by our marks', async () => {
  const { page: p, controller, measures, clock } = wire([note('增长5%'), note('就业3人，财政厅')]);
  await p.start();
  await controller.state();
  expect([...document.querySelectorAll(NOTE_MARK_SELECTOR)].map((m) => m.textContent).join('|')).toBe(
    '增长|5%|就业|3人|，|财政厅',
  );
  expect([...document.querySelectorAll(HIGHLIGHT_SELECTOR)].map((m) => m.textContent)).toContain('5%左右');
  const passes = measures.length;
  await settle();
  // Our marks went in through page.change(): the living-page watcher saw nothing to look at again.
  expect(clock.pending).toBe(0);
  clock.fire();
  await settle();
  expect(measures.length).toBe(passes);
});

test('switching the site off restores the page exactly, notes included; on again brings them back', async () => {
  const before = document.body.cloneNode(true);
  const { siteSwitch } = fakeSwitch();
  const { page: p, controller } = wire([note('增长5%')], siteSwitch);
  await p.start();
  await controller.state();
  expect(document.querySelector(NOTE_MARK_SELECTOR)).not.toBeNull();
  await p.setSiteDisabled(true);
  expect(document.body.isEqualNode(before)).toBe(true);
  expect(document.querySelector(NOTE_UI_TAG)).toBeNull();
  expect((await controller.state()).active).toBe(false);
  await p.setSiteDisabled(false);
  await controller.state();
  expect(document.querySelector(NOTE_MARK_SELECTOR)?.textContent).toBe('增长');
});

test('on a page that is not a report, notes still come back (GovMark runs there)', async () => {
  document.head.innerHTML = '<title>新闻</title>';
  article().querySelector('h1')?.replaceChildren('一篇新闻');
  const { page: p, controller, fake } = wire([note('增长5%')]);
  await p.start();
  const state = await controller.state();
  expect(p.status().isReport).toBe(false);
  expect(state).toMatchObject({ active: true, reportKey: REPORT_URL, unplaced: [] });
  expect(document.querySelectorAll(HIGHLIGHT_SELECTOR)).toHaveLength(0);
  expect([...document.querySelectorAll(NOTE_MARK_SELECTOR)].map((m) => m.textContent).join('')).toBe('增长5%');
  expect(fake.pages).toEqual([]);
});

test('a page with no notes gets nothing added by notes', async () => {
  document.head.innerHTML = '<title>新闻</title>';
  article().querySelector('h1')?.replaceChildren('一篇新闻');
  const before = document.documentElement.cloneNode(true);
  const { page: p, controller } = wire([]);
  await p.start();
  await controller.state();
  expect(document.documentElement.isEqualNode(before)).toBe(true);
});

test('a page without notes is not read again for notes after a pass', async () => {
  const fake = fakeNotesApi([]);
  const extract = vi.fn((doc: Document) => mainTextOf(doc.querySelector('article') as Element));
  const controller = new NotesController({
    kit: PAGE_KIT,
    trusted: () => true,
    api: fake.api,
    extract,
    pageUrl: () => REPORT_URL,
    change: (op) => (page as GovmarkPage).change(op),
  });
  notes = controller;
  page = testPage({ features: [controller] }).page;
  await page.start();
  expect((await controller.state()).active).toBe(true);
  expect(extract).not.toHaveBeenCalled();
});

test('the margin markers are named apart, and never with the reader’s words', async () => {
  const { page: p, controller } = wire([note('就业3人，财政厅'), note('增长5%')]);
  await p.start();
  await controller.state();
  const markers = [
    ...(document.querySelector(NOTE_UI_TAG)?.shadowRoot?.querySelectorAll('[data-testid="govmark-note-marker"]') ?? []),
  ];
  expect(markers.map((m) => m.getAttribute('aria-label'))).toEqual([
    '打开此处的批注（第 1 条，共 2 条）',
    '打开此处的批注（第 2 条，共 2 条）',
  ]);
});
