// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { getAnnotation } from '../../storage/annotations';
import type { GovMarkDB } from '../../storage/db';
import { makeAnnotation } from '../../tests/fixtures/annotations';
import { makeTestDb } from '../../tests/unit/fake-db';
import { libraryRecords, seed, uuid } from '../../tests/unit/library-records';
import App from './App';

afterEach(cleanup);

async function open(db: GovMarkDB, props: { search?: string; undoMs?: number } = {}) {
  const download = vi.fn();
  render(<App db={db} search={props.search ?? ''} download={download} undoMs={props.undoMs} />);
  await screen.findAllByTestId('govmark-annotation');
  return {
    download,
    ready: () => waitFor(() => expect(document.querySelector('main')?.dataset.state).toBe('indexed')),
  };
}

const cards = () => screen.queryAllByTestId('govmark-annotation');
const cardIds = () => cards().map((card) => card.getAttribute('data-id'));
const count = () => screen.getByTestId('govmark-list-count').dataset.total;

async function search(text: string) {
  fireEvent.input(screen.getByTestId('govmark-search'), { target: { value: text } });
  // Debounced: the list changes after the pause, once the index is built.
  await waitFor(() => expect(screen.queryByText('libraryIndexing')).toBeNull());
}

describe('the list', () => {
  test('renders 50 at a time, newest report first, and shows more on request', async () => {
    const db = makeTestDb();
    await seed(db, libraryRecords(120));
    await open(db);
    expect(cards()).toHaveLength(50);
    await waitFor(() => expect(count()).toBe('120'));
    // Grouped: every card of the newest report before the other report's.
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['2023年北京市政府工作报告', '2024年国务院政府工作报告']); // n = 119 is on 北京's page
    fireEvent.click(screen.getByTestId('govmark-load-more'));
    await waitFor(() => expect(cards()).toHaveLength(100));
    fireEvent.click(screen.getByTestId('govmark-load-more'));
    await waitFor(() => expect(cards()).toHaveLength(120));
    expect(screen.queryByTestId('govmark-load-more')).toBeNull();
  });

  test('notes render as text, never as HTML', async () => {
    const db = makeTestDb();
    const hostile = '<img src=x onerror=alert(1)>';
    await seed(db, [
      makeAnnotation({
        note: hostile,
        quote: { type: 'TextQuoteSelector', exact: '<b>x</b>', prefix: '', suffix: '' },
        url: 'javascript:alert(1)',
      }),
    ]);
    const { container } = render(<App db={db} search="" download={vi.fn()} />);
    await screen.findAllByTestId('govmark-annotation');
    expect(screen.getByTestId('govmark-annotation-note').textContent).toBe(hostile);
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByText('<b>x</b>')).toBeTruthy();
    // A stored non-web address is shown, not linked.
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
  });
});

describe('search and filters', () => {
  test('a Chinese substring finds the note; clearing shows everything again', async () => {
    const db = makeTestDb();
    await seed(db, libraryRecords(120));
    await open(db);
    await search('育服务价');
    await waitFor(() => expect(cardIds()).toEqual([uuid(7)]));
    await search('');
    await waitFor(() => expect(cards()).toHaveLength(50));
  });

  test('a tag search, the tag filter and the report filter narrow the list', async () => {
    const db = makeTestDb();
    await seed(db, libraryRecords(30));
    await (await open(db)).ready();
    fireEvent.change(screen.getByTestId('govmark-filter-tag'), { target: { value: '民生' } });
    await waitFor(() => expect(cards()).toHaveLength(10));
    expect(cards().every((card) => within(card).queryByText('民生'))).toBe(true);
    fireEvent.change(screen.getByTestId('govmark-filter-report'), { target: { value: '2023-北京市-政府工作报告' } });
    // n ≡ 0 (mod 3) is page 0, never the 北京 report's page 2.
    await waitFor(() => expect(cards()).toHaveLength(0));
    fireEvent.change(screen.getByTestId('govmark-filter-tag'), { target: { value: '' } });
    await waitFor(() => expect(cards()).toHaveLength(10));
    await search('就业');
    await waitFor(() => expect(cards()).toHaveLength(10)); // every 北京 note (n ≡ 2) is tagged 就业
  });
});

describe('edit and delete', () => {
  test('an edit is stored and searchable at once', async () => {
    const db = makeTestDb();
    await seed(db, libraryRecords(3));
    await open(db);
    const card = cards()[0] as HTMLElement;
    fireEvent.click(within(card).getByTestId('govmark-edit'));
    fireEvent.input(within(card).getByTestId('govmark-edit-note'), { target: { value: '改成新的批注' } });
    fireEvent.input(within(card).getByTestId('govmark-edit-tags'), { target: { value: '甲，乙、丙' } });
    fireEvent.click(within(card).getByTestId('govmark-edit-save'));
    await waitFor(async () => expect((await getAnnotation(db, uuid(2)))?.note).toBe('改成新的批注'));
    expect((await getAnnotation(db, uuid(2)))?.tags).toEqual(['甲', '乙', '丙']);
    await search('新的批注');
    await waitFor(() => expect(cardIds()).toEqual([uuid(2)]));
  });

  test('delete removes the record; undo puts it back exactly, in its place', async () => {
    const db = makeTestDb();
    const records = libraryRecords(3);
    await seed(db, records);
    await open(db);
    fireEvent.click(within(cards()[1] as HTMLElement).getByTestId('govmark-delete'));
    await waitFor(async () => expect(await db.annotations.count()).toBe(2));
    expect(cardIds()).toEqual([uuid(2), uuid(0)]);
    fireEvent.click(await screen.findByTestId('govmark-undo'));
    await waitFor(async () => expect(await getAnnotation(db, uuid(1))).toEqual(records[1]));
    await waitFor(() => expect(cardIds()).toEqual([uuid(2), uuid(1), uuid(0)]));
    expect(screen.queryByTestId('govmark-undo')).toBeNull();
  });

  test('after the undo time the deletion stays', async () => {
    const db = makeTestDb();
    await seed(db, libraryRecords(2));
    await open(db, { undoMs: 30 });
    fireEvent.click(within(cards()[0] as HTMLElement).getByTestId('govmark-delete'));
    await screen.findByTestId('govmark-undo');
    await waitFor(() => expect(screen.queryByTestId('govmark-undo')).toBeNull());
    expect(await db.annotations.count()).toBe(1);
    expect(cardIds()).toEqual([uuid(0)]);
  });
});

test('a page note offers to open its page, not to go to a passage it does not have', async () => {
  const db = makeTestDb();
  const { quote: _quote, position: _position, ...pageNote } = makeAnnotation();
  await seed(db, [pageNote, makeAnnotation({ id: uuid(7) })]);
  await open(db);
  const [page, passage] = [pageNote.id, uuid(7)].map(
    (id) => document.querySelector(`[data-id="${id}"] [data-testid="govmark-open-note"]`)?.textContent,
  );
  expect([page, passage]).toEqual(['noteOpenPage', 'noteOpen']);
});

describe('the keyboard stays with the reader', () => {
  const editOf = (id: string) =>
    document.querySelector(`[data-id="${id}"] [data-testid="govmark-edit"]`) as HTMLElement | null;

  test('editing takes it to the note; Escape or Save gives it back to the card', async () => {
    const db = makeTestDb();
    await seed(db, libraryRecords(3));
    await open(db);
    const card = cards()[0] as HTMLElement;
    within(card).getByTestId('govmark-edit').focus();
    fireEvent.click(within(card).getByTestId('govmark-edit'));
    await waitFor(() => expect(document.activeElement).toBe(within(card).getByTestId('govmark-edit-note')));
    fireEvent.keyDown(within(card).getByTestId('govmark-edit-note'), { key: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(editOf(uuid(2))));
    fireEvent.click(within(card).getByTestId('govmark-edit'));
    fireEvent.input(within(card).getByTestId('govmark-edit-note'), { target: { value: '改过' } });
    fireEvent.click(within(card).getByTestId('govmark-edit-save'));
    await waitFor(() => expect(document.activeElement).toBe(editOf(uuid(2))));
  });

  test('a delete hands it to the undo offer; undo to the card back in its place', async () => {
    const db = makeTestDb();
    await seed(db, libraryRecords(3));
    await open(db);
    const remove = within(cards()[1] as HTMLElement).getByTestId('govmark-delete');
    remove.focus();
    fireEvent.click(remove);
    const undo = await screen.findByTestId('govmark-undo');
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await waitFor(() => expect(document.activeElement).toBe(editOf(uuid(1))));
  });

  test('when the offer goes away unused, the card that took the deleted one’s place has it', async () => {
    const db = makeTestDb();
    await seed(db, libraryRecords(3));
    await open(db, { undoMs: 50 });
    const remove = within(cards()[1] as HTMLElement).getByTestId('govmark-delete');
    remove.focus();
    fireEvent.click(remove);
    await screen.findByTestId('govmark-undo');
    await waitFor(() => expect(screen.queryByTestId('govmark-undo')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(editOf(uuid(0))));
  });
});

describe('export', () => {
  test('each format downloads the current filter with a dated file name', async () => {
    const db = makeTestDb();
    await seed(db, libraryRecords(30));
    const { download, ready } = await open(db);
    await ready();
    fireEvent.change(screen.getByTestId('govmark-filter-tag'), { target: { value: '民生' } });
    await waitFor(() => expect(cards()).toHaveLength(10));
    fireEvent.click(screen.getByTestId('govmark-export-csv'));
    const [csv, csvName] = download.mock.calls[0] as [string, string];
    expect(csvName).toMatch(/^govmark-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.startsWith('\uFEFFpage,')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(11);
    fireEvent.click(screen.getByTestId('govmark-export-md'));
    expect(download.mock.calls[1]?.[1]).toMatch(/\.md$/);
    fireEvent.change(screen.getByTestId('govmark-export-scope'), { target: { value: 'all' } });
    fireEvent.click(screen.getByTestId('govmark-export-json'));
    const [json, jsonName] = download.mock.calls[2] as [string, string];
    expect(jsonName).toMatch(/\.json$/);
    expect(JSON.parse(json).annotations).toHaveLength(30);
  });

  test('?export=json&url= (the popup) shows that page only, with the JSON button first', async () => {
    const db = makeTestDb();
    await seed(db, libraryRecords(30));
    const url = 'https://www.gov.cn/zhengce/2024-03/p1.htm#section?utm_source=x';
    const { download } = await open(db, { search: `?export=json&url=${encodeURIComponent(url)}` });
    expect(screen.getByTestId('govmark-export-request').textContent).toContain(
      'https://www.gov.cn/zhengce/2024-03/p1.htm',
    );
    await waitFor(() => expect(count()).toBe('10'));
    const buttons = screen.getAllByRole('button').filter((b) => b.dataset.testid?.startsWith('govmark-export-'));
    expect(buttons[0]?.dataset.testid).toBe('govmark-export-json');
    // Focused once the annotations are in (it was disabled while they loaded): Enter downloads.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('govmark-export-json')));
    expect(download).not.toHaveBeenCalled(); // the reader clicks: a reload never downloads again
    fireEvent.click(screen.getByTestId('govmark-export-json'));
    const exported = JSON.parse(download.mock.calls[0]?.[0] as string);
    expect(exported.annotations).toHaveLength(10);
    expect(new Set(exported.annotations.map((a: { target: { source: string } }) => a.target.source))).toEqual(
      new Set(['https://www.gov.cn/zhengce/2024-03/p1.htm']),
    );
  });
});

describe('in step with the other surfaces', () => {
  test('a note written or deleted elsewhere appears or leaves, found by search, without a reload', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const db = makeTestDb();
    const first = makeAnnotation({ id: uuid(1), note: '第一条' });
    await seed(db, [first]);
    const { ready } = await open(db);
    await ready();
    const elsewhere = makeAnnotation({ id: uuid(2), note: '别处写的批注', updated: first.updated + 1 });
    await db.annotations.add(elsewhere);
    const tell = (urls: string[]) =>
      fakeBrowser.runtime.onMessage.trigger(
        { id: 1, type: 'notes:changed', data: { urls }, timestamp: Date.now() },
        { id: 'govmark-id' },
        () => {},
      );
    await tell([elsewhere.url]);
    await waitFor(() => expect(cardIds()).toEqual([uuid(2), uuid(1)]));
    // Edited elsewhere: new words, same place in the list.
    await db.annotations.update(uuid(1), { note: '别处改过', updated: elsewhere.updated + 1 });
    await tell([first.url]);
    await screen.findByText('别处改过');
    expect(cardIds()).toEqual([uuid(2), uuid(1)]);
    await search('别处写的');
    await waitFor(() => expect(cardIds()).toEqual([uuid(2)]));
    await db.annotations.delete(uuid(2));
    await tell([elsewhere.url]);
    await waitFor(() => expect(cardIds()).toEqual([]));
  });
});
