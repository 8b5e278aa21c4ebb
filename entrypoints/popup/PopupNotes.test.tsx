// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import type { Annotation } from '../../storage/types';
import type { NotesChanged, PageNotesState } from '../../utils/protocol-notes';
import PopupNotes from './PopupNotes';
import type { PopupNotesApi } from './use-page-notes';

afterEach(cleanup);

const URL_ = 'https://szb.nmgnews.com.cn/2024/01/29/08.html';
const NOTE: Annotation = {
  id: 'n1',
  url: URL_,
  title: '',
  reportKey: 'report:2024:内蒙古',
  quote: { type: 'TextQuoteSelector', exact: '增长6%左右', prefix: '', suffix: '' },
  note: '目标',
  tags: ['GDP'],
  color: 'yellow',
  created: 1,
  updated: 1,
};

/** The popup's listeners for the change signal, to play writes made elsewhere. */
const changed: ((change: NotesChanged) => void)[] = [];

function fakeApi(page: PageNotesState | null) {
  let notes = [NOTE];
  const api: PopupNotesApi = {
    pageState: vi.fn(async () => (page ? page : Promise.reject(new Error('Could not establish connection')))),
    reattach: vi.fn(async () => ({ ok: true as const, value: NOTE })),
    list: vi.fn(async () => ({ ok: true as const, value: notes })),
    tags: vi.fn(async () => ({ ok: true as const, value: [] })),
    add: vi.fn(async () => ({ ok: true as const, value: NOTE })),
    update: vi.fn(async () => ({ ok: true as const, value: NOTE })),
    remove: vi.fn(async () => {
      notes = [];
      return { ok: true as const, value: NOTE };
    }),
    restore: vi.fn(async (record: Annotation) => {
      notes = [record];
      return { ok: true as const, value: record };
    }),
    openTab: vi.fn(async () => undefined),
    onChanged: (listener) => {
      changed.push(listener);
      return () => changed.splice(changed.indexOf(listener), 1);
    },
    extensionUrl: (path) => `chrome-extension://abc${path}`,
  };
  return api;
}

const PAGE: PageNotesState = {
  url: URL_,
  title: '报告',
  reportKey: 'report:2024:内蒙古',
  active: true,
  unplaced: ['n1'],
};

test('with GovMark on the page: its URL and unplaced notes; re-attach, delete and undo', async () => {
  const api = fakeApi(PAGE);
  render(<PopupNotes tab={{ id: 7 }} pageKey="on:false" api={api} />);
  await screen.findByTestId('govmark-popup-unplaced');
  expect(api.pageState).toHaveBeenCalledWith(7);
  expect(api.list).toHaveBeenCalledWith(URL_);
  fireEvent.click(screen.getByTestId('govmark-popup-reattach'));
  await waitFor(() => expect(api.reattach).toHaveBeenCalledWith(7, 'n1'));
  fireEvent.click(screen.getByTestId('govmark-popup-note-delete'));
  await screen.findByTestId('govmark-popup-undo');
  expect(api.remove).toHaveBeenCalledWith('n1');
  fireEvent.click(screen.getByTestId('govmark-popup-undo'));
  await waitFor(() => expect(api.restore).toHaveBeenCalledWith(NOTE));
  await screen.findByTestId('govmark-popup-note');
});

test('a write elsewhere to this page’s notes is read again, the undo offer kept; other pages’ writes are not', async () => {
  const api = fakeApi(PAGE);
  render(<PopupNotes tab={{ id: 7 }} pageKey="on:false" api={api} />);
  await screen.findByTestId('govmark-popup-note');
  fireEvent.click(screen.getByTestId('govmark-popup-note-delete'));
  await screen.findByTestId('govmark-popup-undo');
  const reads = (api.list as ReturnType<typeof vi.fn>).mock.calls.length;
  for (const listener of changed) listener({ urls: ['https://www.gov.cn/other.htm'] });
  for (const listener of changed) listener({ urls: [URL_] });
  await waitFor(() => expect(api.list).toHaveBeenCalledTimes(reads + 1));
  expect(screen.getByTestId('govmark-popup-undo')).toBeTruthy();
});

test('without GovMark on the page: the notes of the tab’s URL from storage, no re-attach', async () => {
  const api = fakeApi(null);
  render(<PopupNotes tab={{ id: 7, url: `${URL_}?utm_source=x#top` }} pageKey="absent" api={api} />);
  await screen.findByTestId('govmark-popup-note');
  expect(api.list).toHaveBeenCalledWith(URL_);
  expect(screen.queryByTestId('govmark-popup-reattach')).toBeNull();
});

test('no address at all says so; nothing is asked before the page status is known', async () => {
  const api = fakeApi(null);
  const { rerender } = render(<PopupNotes tab={{ id: 7 }} pageKey="loading" api={api} />);
  expect(api.pageState).not.toHaveBeenCalled();
  rerender(<PopupNotes tab={{ id: 7 }} pageKey="absent" api={api} />);
  await waitFor(() => expect(screen.getByTestId('govmark-popup-notes').dataset.state).toBe('no-url'));
});

test('library and export open the library page; a page note goes to storage with the page’s report key', async () => {
  const api = fakeApi(PAGE);
  render(<PopupNotes tab={{ id: 7 }} pageKey="on:false" api={api} />);
  await screen.findByTestId('govmark-popup-export');
  fireEvent.click(screen.getByTestId('govmark-popup-library'));
  fireEvent.click(screen.getByTestId('govmark-popup-export'));
  expect(api.openTab).toHaveBeenNthCalledWith(1, 'chrome-extension://abc/library.html');
  expect(api.openTab).toHaveBeenNthCalledWith(
    2,
    `chrome-extension://abc/library.html?export=json&url=${encodeURIComponent(URL_)}`,
  );
  fireEvent.input(screen.getByTestId('govmark-popup-page-note-text'), { target: { value: '整页' } });
  fireEvent.click(screen.getByTestId('govmark-popup-page-note-add'));
  await waitFor(() =>
    expect(api.add).toHaveBeenCalledWith({
      id: expect.any(String),
      url: URL_,
      title: '报告',
      reportKey: 'report:2024:内蒙古',
      note: '整页',
      tags: [],
    }),
  );
});

test('on a page no extension may touch there is no notes section', () => {
  const api = fakeApi(null);
  render(<PopupNotes tab={{ id: 7, url: 'chrome://settings' }} pageKey="restricted" api={api} />);
  expect(screen.queryByTestId('govmark-popup-notes')).toBeNull();
  expect(api.pageState).not.toHaveBeenCalled();
});

test.each([
  ['the worker stopped (the message is rejected)', () => Promise.reject(new Error('Could not establish connection.'))],
  [
    'the disk is full (QuotaExceededError)',
    async () => ({ ok: false as const, error: 'notes:add: QuotaExceededError: The quota has been exceeded.' }),
  ],
])('when %s, the page note form says so, keeps the text, and a retry reuses the id', async (_name, failure) => {
  const api = fakeApi(PAGE);
  (api.add as ReturnType<typeof vi.fn>).mockImplementationOnce(failure);
  render(<PopupNotes tab={{ id: 7 }} pageKey="on:false" api={api} />);
  const text = (await screen.findByTestId('govmark-popup-page-note-text')) as HTMLTextAreaElement;
  fireEvent.input(text, { target: { value: '不能丢的批注' } });
  fireEvent.click(screen.getByTestId('govmark-popup-page-note-add'));
  await screen.findByTestId('govmark-popup-notes-message');
  expect(text.value).toBe('不能丢的批注');

  await waitFor(() =>
    expect((screen.getByTestId('govmark-popup-page-note-add') as HTMLButtonElement).disabled).toBe(false),
  );
  fireEvent.click(screen.getByTestId('govmark-popup-page-note-add'));
  await waitFor(() => expect(api.add).toHaveBeenCalledTimes(2));
  await waitFor(() => expect(text.value).toBe(''));
  const calls = (api.add as ReturnType<typeof vi.fn>).mock.calls as [{ id: string }][];
  expect(calls[1]?.[0].id).toBe(calls[0]?.[0].id);
});

test('“go to passage” is offered only where GovMark shows the notes on the page, not on a switched-off site', async () => {
  const on = fakeApi({ ...PAGE, unplaced: [] });
  render(<PopupNotes tab={{ id: 7 }} pageKey="on:false" api={on} />);
  await screen.findByTestId('govmark-open-note');
  cleanup();
  const off = fakeApi({ ...PAGE, active: false, unplaced: [] });
  render(<PopupNotes tab={{ id: 7 }} pageKey="on:true" api={off} />);
  await screen.findByTestId('govmark-popup-note');
  expect(screen.queryByTestId('govmark-open-note')).toBeNull();
});
