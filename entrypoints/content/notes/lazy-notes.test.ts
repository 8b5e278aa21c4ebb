// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { Annotation } from '../../../storage/types';
import { mainTextOf } from '../../../utils/main-text';
import type { GovmarkPage } from '../govmark-page';
import { REPORT_HTML, testPage } from '../test-page';
import { LazyNotes } from './lazy-notes';
import { NOTE_MARK_SELECTOR } from './note-marks';
import { NOTE_UI_TAG } from './note-ui-host';
import { NotesController } from './notes-controller';
import type { CreateNotes } from './notes-ui-key';
import { fakeNotesApi, noteOnReport, REPORT_URL } from './test-notes';

let page: GovmarkPage | undefined;
let notes: LazyNotes | undefined;

beforeEach(() => {
  document.head.innerHTML = '<title>政府工作报告</title>';
  document.body.innerHTML = REPORT_HTML;
});
afterEach(() => {
  notes?.destroy();
  page?.destroy();
  document.getSelection()?.removeAllRanges();
});

const article = () => document.querySelector('article') as Element;

const note = noteOnReport;

const lostQuote = () => ({ type: 'TextQuoteSelector' as const, exact: '已经不在页面上的话', prefix: '', suffix: '' });

/** The page with its notes as index.ts wires them; the notes UI's script is the class itself here. */
async function wire(stored: Annotation[], trusted = true) {
  const fake = fakeNotesApi(stored);
  const load = vi.fn(async (): Promise<CreateNotes> => (options) => new NotesController(options));
  const lazy = new LazyNotes({
    api: fake.api,
    load,
    pageUrl: () => REPORT_URL,
    trusted: () => trusted,
    notes: {
      extract: (doc) => mainTextOf(doc.querySelector('article') as Element),
      change: (op) => (page as GovmarkPage).change(op),
      // The card's frame is not what these tests are about.
      cardView: () => ({ show: () => {}, hide: () => {}, remove: () => {} }),
    },
  });
  notes = lazy;
  page = testPage({ features: [lazy] }).page;
  await page.start();
  // The feature's own task: the pass is announced, then the notes are asked for.
  await vi.waitFor(() => expect(fake.api.list).toHaveBeenCalled());
  return { fake, load, lazy };
}

/** Selects words of the article and releases the mouse. */
function select(words: string): void {
  const node = [...article().querySelectorAll('p')]
    .flatMap((p) => [...p.childNodes])
    .find((n) => n.nodeType === 3 && n.textContent?.includes(words)) as Text;
  const start = (node.textContent as string).indexOf(words);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + words.length);
  document.getSelection()?.removeAllRanges();
  document.getSelection()?.addRange(range);
  document.body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
}

const addButton = () =>
  document.querySelector(NOTE_UI_TAG)?.shadowRoot?.querySelector('[data-testid="govmark-add-note"]');

test('a page without notes asks for them once and never loads the notes UI, not even for the popup', async () => {
  const { fake, load, lazy } = await wire([]);
  await page?.analyzeNow();
  expect(await lazy.state()).toEqual({
    url: REPORT_URL,
    title: '政府工作报告',
    reportKey: REPORT_URL,
    active: true,
    unplaced: [],
  });
  expect(fake.api.list).toHaveBeenCalledTimes(1);
  expect(load).not.toHaveBeenCalled();
  expect(document.querySelector(NOTE_UI_TAG)).toBeNull();
});

test('a page with notes loads the notes UI once, which places them without asking for them again', async () => {
  const { fake, load, lazy } = await wire([note('增长5%')]);
  await vi.waitFor(() => expect(document.querySelector(NOTE_MARK_SELECTOR)?.textContent).toBe('增长'));
  expect(load).toHaveBeenCalledTimes(1);
  expect(fake.api.list).toHaveBeenCalledTimes(1);
  expect((await lazy.state()).active).toBe(true);
  expect(load).toHaveBeenCalledTimes(1);
});

test('the popup asking while the page’s notes are being fetched hears the notes UI’s answer', async () => {
  const fake = fakeNotesApi([note('增长5%'), { ...note('已经不在页面上的话'), id: 'lost', quote: lostQuote() }]);
  const list = fake.api.list;
  let answer = () => {};
  const answered = new Promise<void>((done) => {
    answer = done;
  });
  fake.api.list = vi.fn(async (url: string) => {
    await answered;
    return list(url);
  });
  const lazy = new LazyNotes({
    api: fake.api,
    load: async () => (options) => new NotesController(options),
    pageUrl: () => REPORT_URL,
    trusted: () => true,
    notes: {
      extract: (doc) => mainTextOf(doc.querySelector('article') as Element),
      change: (op) => (page as GovmarkPage).change(op),
    },
  });
  notes = lazy;
  page = testPage({ features: [lazy] }).page;
  await page.start();
  await vi.waitFor(() => expect(fake.api.list).toHaveBeenCalled());
  const state = lazy.state();
  answer();
  expect(await state).toMatchObject({ active: true, unplaced: ['lost'] });
});

test('before GovMark read the page, the popup hears it is not active', async () => {
  const lazy = new LazyNotes({ api: fakeNotesApi([]).api, load: vi.fn(), pageUrl: () => REPORT_URL });
  notes = lazy;
  expect(await lazy.state()).toMatchObject({ url: REPORT_URL, active: false, unplaced: [] });
});

test('the reader selecting words loads the notes UI, which offers its 批注 button', async () => {
  const { load } = await wire([]);
  select('今年新增');
  await vi.waitFor(() => expect(addButton()).toBeTruthy());
  expect(load).toHaveBeenCalledTimes(1);
});

test('words selected outside the article load nothing', async () => {
  const { load } = await wire([]);
  const nav = document.querySelector('nav')?.firstChild as Text;
  const range = document.createRange();
  range.setStart(nav, 0);
  range.setEnd(nav, 2);
  document.getSelection()?.removeAllRanges();
  document.getSelection()?.addRange(range);
  document.body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  await new Promise((done) => setTimeout(done, 20));
  expect(load).not.toHaveBeenCalled();
});

test('a page script’s selection and mouseup load nothing', async () => {
  const { load } = await wire([], false);
  select('今年新增');
  await new Promise((done) => setTimeout(done, 20));
  expect(load).not.toHaveBeenCalled();
  expect(addButton()).toBeFalsy();
});

test('the menu or shortcut loads the notes UI and opens the editor for the selected words', async () => {
  const { load, lazy } = await wire([]);
  const node = article().querySelectorAll('p')[1]?.firstChild as Text;
  const range = document.createRange();
  range.setStart(node, 0);
  range.setEnd(node, 4);
  document.getSelection()?.removeAllRanges();
  document.getSelection()?.addRange(range);
  expect(await lazy.openEditorForSelection()).toBe(true);
  expect(load).toHaveBeenCalledTimes(1);
});
