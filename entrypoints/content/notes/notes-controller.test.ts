// @vitest-environment happy-dom
import { act, fireEvent } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Analysis } from '../../../analysis/types';
import type { Annotation } from '../../../storage/types';
import { mainTextOf } from '../../../utils/main-text';
import { passageOf } from './anchor-notes';
import { NOTE_MARK_SELECTOR } from './note-marks';
import { NOTE_UI_TAG } from './note-ui-host';
import { NotesController } from './notes-controller';
import { PAGE_KIT } from './page-kit';
import { fakeNotesApi, inlineCardView, TEST_CARD_SELECTOR } from './test-notes';

const URL_ = 'https://szb.nmgnews.com.cn/2024/01/29/08.html';
const HTML = `<nav>首页 5%</nav><article><h1>2024年内蒙古自治区政府工作报告</h1>
<p>今年新增<b>20</b>个城市，增长5%左右，教育厅牵头。</p>
<p>城镇新增就业25万人以上，财政厅负责。</p></article>`;
const REPORT: Analysis = { isReport: true, confidence: 0.9, reasons: [], targets: [], agencies: [] };

const extract = (doc: Document) => {
  const root = doc.querySelector('article');
  return root ? mainTextOf(root) : null;
};

function stored(words: string, over: Partial<Annotation> = {}): Annotation {
  const text = extract(document)?.text ?? '';
  const start = text.indexOf(words);
  return {
    id: over.id ?? `id-${words}`,
    url: URL_,
    title: '政府工作报告',
    reportKey: URL_,
    ...passageOf(text, start, start + words.length),
    note: '',
    tags: [],
    color: 'yellow',
    created: 1,
    updated: 1,
    ...over,
  };
}

let before: Node;
let controller: NotesController;

function start(notes: Annotation[] = []) {
  const fake = fakeNotesApi(notes);
  controller = new NotesController({
    kit: PAGE_KIT,
    trusted: () => true,
    api: fake.api,
    extract,
    pageUrl: () => `${URL_}#frag`,
    cardView: inlineCardView(fake),
  });
  controller.afterPass(REPORT, extract(document));
  return fake;
}

const shadow = () => document.querySelector(NOTE_UI_TAG)?.shadowRoot ?? null;
const card = () => document.querySelector(TEST_CARD_SELECTOR);
/** A control in our shadow root (button, markers) or in the note card (the frame's app). */
const byTestId = <T extends HTMLElement>(id: string) =>
  shadow()?.querySelector<T>(`[data-testid="${id}"]`) ?? card()?.querySelector<T>(`[data-testid="${id}"]`) ?? null;
/** Waits for a control of the note card: the card arrives over a MessagePort and reads its note first. */
async function cardControl<T extends HTMLElement>(id: string): Promise<T> {
  await vi.waitFor(() => expect(byTestId(id), id).not.toBeNull(), { timeout: 5000 });
  return byTestId<T>(id) as T;
}
const noteWords = () => [...document.querySelectorAll(NOTE_MARK_SELECTOR)].map((m) => m.textContent).join('|');

/** Selects words of the article as a reader would, and releases the mouse. */
async function select(words: string) {
  const main = extract(document);
  if (!main) throw new Error('no article');
  const start = main.text.indexOf(words);
  const end = start + words.length;
  const first = main.segments.find((s) => s.end > start);
  const last = [...main.segments].reverse().find((s) => s.start < end);
  if (!first || !last) throw new Error(`no ${words}`);
  const range = document.createRange();
  range.setStart(first.node, start - first.start);
  range.setEnd(last.node, end - last.start);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  document.body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
}

async function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(() => {
    element.value = value;
    fireEvent.input(element);
  });
}

beforeEach(() => {
  document.body.innerHTML = HTML;
  before = document.body.cloneNode(true);
});

afterEach(() => {
  controller?.destroy();
  document.getSelection()?.removeAllRanges();
});

describe('on every visit', () => {
  test('stored notes are re-anchored and highlighted; the lost one is unplaced, not dropped', async () => {
    const kept = stored('增长5%左右');
    const lost = stored('这句话已经不在页面上', {
      quote: { type: 'TextQuoteSelector', exact: '这句话已经不在页面上', prefix: '', suffix: '' },
    });
    const fake = start([kept, lost]);
    const state = await controller.state();
    expect(noteWords()).toBe('增长5%左右');
    expect(state).toMatchObject({ url: URL_, active: true, unplaced: [lost.id] });
    expect(state.reportKey).toBe('report:2024:内蒙古');
    expect(fake.db.get(lost.id)).toEqual(lost);
    expect(fake.api.update).not.toHaveBeenCalled();
    expect(fake.api.follow).not.toHaveBeenCalled();
  });

  test('a note whose words moved is placed at them and its stored anchor follows, as no edit of the reader', async () => {
    const note = stored('城镇新增就业25万人以上');
    document.querySelector('h1')?.insertAdjacentHTML('afterend', '<p>新插入的一段文字。</p>');
    const fake = start([note]);
    await controller.state();
    expect(noteWords()).toBe('城镇新增就业25万人以上');
    const text = extract(document)?.text ?? '';
    expect(fake.api.follow).toHaveBeenCalledWith(note.id, expect.objectContaining({ position: expect.anything() }));
    expect(fake.api.update).not.toHaveBeenCalled();
    expect(fake.db.get(note.id)?.position?.start).toBe(text.indexOf('城镇新增就业25万人以上'));
    expect(fake.db.get(note.id)?.updated).toBe(note.updated);
  });

  test('off() gives the page back exactly, and the notes stay stored', async () => {
    const fake = start([stored('增长5%左右'), stored('20个城市')]);
    await controller.state();
    expect(document.querySelectorAll(NOTE_MARK_SELECTOR).length).toBeGreaterThan(0);
    controller.off();
    expect(document.body.isEqualNode(before)).toBe(true);
    expect(document.querySelector(NOTE_UI_TAG)).toBeNull();
    expect(fake.db.size).toBe(2);
  });
});

describe('adding a note', () => {
  test('select → 批注 → text, two tags, colour → save: stored with quote and position, then highlighted', async () => {
    const fake = start();
    await controller.state();
    await select('新增20个城市');
    await vi.waitFor(() => expect(byTestId('govmark-add-note')).not.toBeNull());
    await act(() => byTestId('govmark-add-note')?.click());
    const text = await cardControl<HTMLTextAreaElement>('govmark-note-text');
    const tags = await cardControl<HTMLInputElement>('govmark-note-tags');
    expect(byTestId('govmark-note-quote')?.textContent).toBe('新增20个城市');
    await type(text, '这个目标比去年低了');
    await type(tags, '就业，待核');
    expect([...(card()?.querySelectorAll('.gm-chip') ?? [])].map((c) => c.firstChild?.textContent)).toEqual(['就业']);
    await type(tags, '待核实');
    await act(() => byTestId<HTMLInputElement>('govmark-note-color-green')?.click());
    await act(() => byTestId('govmark-note-save')?.click());
    await vi.waitFor(() => expect(noteWords()).toBe('新增|20|个城市'));
    expect(fake.api.add).toHaveBeenCalledOnce();
    const [record] = [...fake.db.values()];
    const main = extract(document);
    expect(record).toMatchObject({
      url: URL_,
      note: '这个目标比去年低了',
      tags: ['就业', '待核实'],
      color: 'green',
      quote: { exact: '新增20个城市', prefix: expect.stringContaining('政府工作报告') },
    });
    expect(main?.text.slice(record?.position?.start, record?.position?.end)).toBe('新增20个城市');
    expect(record?.position?.codePointStart).toBe(record?.position?.start);
    await vi.waitFor(() => expect(byTestId('govmark-note-editor')).toBeNull());
  });

  test('a failed save keeps the card open with what was typed', async () => {
    const fake = start();
    await controller.state();
    vi.mocked(fake.api.add).mockRejectedValueOnce(new Error('database closed'));
    expect(controller.openEditorForSelection()).toBe(false); // nothing selected yet
    await select('财政厅负责');
    expect(controller.openEditorForSelection()).toBe(true);
    await type(await cardControl<HTMLTextAreaElement>('govmark-note-text'), '重要');
    await act(() => byTestId('govmark-note-save')?.click());
    await vi.waitFor(() => expect(card()?.querySelector('[role="alert"]')?.textContent).toContain('noteSaveFailed'));
    expect(byTestId<HTMLTextAreaElement>('govmark-note-text')?.value).toBe('重要');
    expect(fake.db.size).toBe(0);

    // The worker stopped mid-write, so the outcome is unknown: the retry sends the same client-made id.
    await act(() => byTestId('govmark-note-save')?.click());
    await vi.waitFor(() => expect(fake.db.size).toBe(1));
    const [first, second] = vi.mocked(fake.api.add).mock.calls.map(([input]) => input.id);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toBe(first);
  });

  test('a note saved after the page took another address, before its pass, is not filed under the page left', async () => {
    const fake = fakeNotesApi([]);
    let url = URL_;
    controller = new NotesController({
      kit: PAGE_KIT,
      trusted: () => true,
      api: fake.api,
      extract,
      pageUrl: () => url,
      cardView: inlineCardView(fake),
    });
    controller.afterPass(REPORT, extract(document));
    await controller.state();
    await select('财政厅负责');
    expect(controller.openEditorForSelection()).toBe(true);
    await type(await cardControl<HTMLTextAreaElement>('govmark-note-text'), '重要');
    url = 'https://www.gov.cn/another-report.htm';
    await act(() => byTestId('govmark-note-save')?.click());
    await vi.waitFor(() => expect(card()?.querySelector('[role="alert"]')?.textContent).toContain('noteSaveFailed'));
    expect(fake.api.add).not.toHaveBeenCalled();
    // The page's pass for the new address has run: the same card saves there.
    controller.afterPass(REPORT, extract(document));
    await act(() => byTestId('govmark-note-save')?.click());
    await vi.waitFor(() => expect(fake.db.size).toBe(1));
    expect([...fake.db.values()][0]?.url).toBe(url);
  });

  test('with the browser’s own trust check, scripted events open nothing and save nothing', async () => {
    const fake = fakeNotesApi([stored('增长5%左右')]);
    controller = new NotesController({
      kit: PAGE_KIT,
      api: fake.api,
      extract,
      pageUrl: () => URL_,
      cardView: inlineCardView(fake),
    });
    controller.afterPass(REPORT, extract(document));
    await controller.state();
    await select('财政厅负责');
    (document.querySelector(NOTE_MARK_SELECTOR) as HTMLElement).click();
    byTestId('govmark-note-marker')?.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(byTestId('govmark-add-note')).toBeNull();
    expect(byTestId('govmark-note-editor')).toBeNull();
    expect(fake.api.add).not.toHaveBeenCalled();
  });

  test('Escape closes the card without saving', async () => {
    const fake = start();
    await controller.state();
    await select('财政厅负责');
    controller.openEditorForSelection();
    const text = await cardControl('govmark-note-text');
    await act(() => {
      fireEvent.keyDown(text, { key: 'Escape' });
    });
    await vi.waitFor(() => expect(byTestId('govmark-note-editor')).toBeNull());
    expect(fake.api.add).not.toHaveBeenCalled();
  });
});

describe('a saved note', () => {
  test('shows as text, never markup, when its highlight is clicked', async () => {
    const alert = vi.fn();
    window.alert = alert;
    start([stored('增长5%左右', { note: '<img src=x onerror=alert(1)>' })]);
    await controller.state();
    await act(() => (document.querySelector(NOTE_MARK_SELECTOR) as HTMLElement).click());
    const view = await cardControl('govmark-note-view-text');
    expect(view.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(card()?.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(alert).not.toHaveBeenCalled();
  });

  test('can be edited and deleted from its card (delete asks twice)', async () => {
    const note = stored('增长5%左右', { note: '旧', tags: ['民生'] });
    const fake = start([note]);
    await controller.state();
    await act(() => (document.querySelector(NOTE_MARK_SELECTOR) as HTMLElement).click());
    const edit = await cardControl('govmark-note-edit');
    await act(() => edit.click());
    await type(await cardControl<HTMLTextAreaElement>('govmark-note-text'), '新');
    await act(() => byTestId('govmark-note-save')?.click());
    await vi.waitFor(() => expect(fake.db.get(note.id)?.note).toBe('新'));
    expect(fake.db.get(note.id)?.tags).toEqual(['民生']);

    await vi.waitFor(() => expect(byTestId('govmark-note-editor')).toBeNull());
    await controller.state(); // the edited note's marks are wrapped again
    await act(() => (document.querySelector(NOTE_MARK_SELECTOR) as HTMLElement).click());
    expect((await cardControl('govmark-note-view-text')).textContent).toBe('新');
    const remove = await cardControl('govmark-note-delete');
    await act(() => remove.click());
    expect(fake.db.has(note.id)).toBe(true);
    await act(() => byTestId('govmark-note-delete')?.click());
    await vi.waitFor(() => expect(document.querySelector(NOTE_MARK_SELECTOR)).toBeNull());
    expect(fake.db.has(note.id)).toBe(false);
    expect(document.body.isEqualNode(before)).toBe(true);
  });

  test('an open card follows a write elsewhere: re-read when edited, closed when deleted', async () => {
    const note = stored('增长5%左右', { note: '旧' });
    const fake = start([note]);
    await controller.state();
    await act(() => (document.querySelector(NOTE_MARK_SELECTOR) as HTMLElement).click());
    expect((await cardControl('govmark-note-view-text')).textContent).toBe('旧');
    // As the library would: the stored note changes, then notes:changed reaches the page (refresh).
    fake.db.set(note.id, { ...note, note: '在资料库改过', updated: 2 });
    await act(async () => void (await controller.refresh()));
    await vi.waitFor(() => expect(byTestId('govmark-note-view-text')?.textContent).toBe('在资料库改过'));

    await act(() => byTestId('govmark-note-edit')?.click());
    await type(await cardControl<HTMLTextAreaElement>('govmark-note-text'), '正在写');
    fake.db.set(note.id, { ...note, note: '又改过', updated: 3 });
    await act(async () => void (await controller.refresh()));
    expect(byTestId<HTMLTextAreaElement>('govmark-note-text')?.value).toBe('正在写'); // what the reader typed stays

    fake.db.delete(note.id);
    await act(async () => void (await controller.refresh()));
    await vi.waitFor(() => expect(byTestId('govmark-note-editor')).toBeNull());
    expect(document.querySelector(NOTE_MARK_SELECTOR)).toBeNull();
  });

  test('an unplaced note can be re-attached to a new selection', async () => {
    const lost = stored('x', { quote: { type: 'TextQuoteSelector', exact: '已删去的原文', prefix: '', suffix: '' } });
    delete lost.position;
    const fake = start([lost]);
    expect((await controller.state()).unplaced).toEqual([lost.id]);
    await expect(controller.reattach(lost.id)).rejects.toThrow();
    await select('城镇新增就业');
    const record = await controller.reattach(lost.id);
    expect(record.quote?.exact).toBe('城镇新增就业');
    expect(fake.db.get(lost.id)?.quote?.exact).toBe('城镇新增就业');
    expect((await controller.state()).unplaced).toEqual([]);
    expect(noteWords()).toBe('城镇新增就业');
  });
});
