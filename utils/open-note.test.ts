import { expect, test, vi } from 'vitest';
import { type OpenNoteApi, openNote } from './open-note';

const QUOTE = { type: 'TextQuoteSelector' as const, exact: '新增就业', prefix: '', suffix: '' };
const URL = 'https://www.gov.cn/a.htm';

function fakeApi(overrides: Partial<OpenNoteApi> = {}): OpenNoteApi {
  return {
    tabs: vi.fn(async () => [{ id: 1, url: 'https://example.org/', windowId: 1 }]),
    pageUrl: vi.fn(async () => undefined),
    focus: vi.fn(async () => undefined),
    open: vi.fn(async () => ({ id: 7, windowId: 1 })),
    show: vi.fn(async () => ({ ok: true as const, value: { placed: true } })),
    wait: vi.fn(async () => undefined),
    ...overrides,
  };
}

test('focuses the tab already showing the page (its URL normalised) and shows the passage there', async () => {
  const api = fakeApi({ tabs: async () => [{ id: 3, url: `${URL}?utm_source=wx#top`, windowId: 2 }] });
  expect(await openNote({ id: 'n1', url: URL, quote: QUOTE }, api)).toBe('shown');
  expect(api.focus).toHaveBeenCalledWith(expect.objectContaining({ id: 3 }));
  expect(api.open).not.toHaveBeenCalled();
  expect(api.show).toHaveBeenCalledWith(3, 'n1');
});

test('a tab whose URL the browser hides is found through its GovMark script', async () => {
  const api = fakeApi({
    tabs: async () => [{ id: 4, windowId: 1 }, { id: 5 }],
    pageUrl: async (tabId) => (tabId === 5 ? URL : undefined),
  });
  expect(await openNote({ id: 'n1', url: URL, quote: QUOTE }, api)).toBe('shown');
  expect(api.focus).toHaveBeenCalledWith({ id: 5 });
  expect(api.open).not.toHaveBeenCalled();
});

test('opens the page when no tab shows it, and asks again until its script answers', async () => {
  const show = vi
    .fn<OpenNoteApi['show']>()
    .mockRejectedValueOnce(new Error('no receiver'))
    .mockResolvedValueOnce({ ok: false, error: 'not yet' })
    .mockResolvedValue({ ok: true, value: { placed: false } });
  const api = fakeApi({ show });
  expect(await openNote({ id: 'n1', url: URL, quote: QUOTE }, api)).toBe('unplaced');
  expect(api.open).toHaveBeenCalledWith(URL);
  expect(show).toHaveBeenCalledTimes(3);
});

test('a page note opens its page; an address that is no web page is never opened', async () => {
  const api = fakeApi();
  expect(await openNote({ id: 'n2', url: URL }, api)).toBe('opened');
  expect(api.show).not.toHaveBeenCalled();
  expect(await openNote({ id: 'n3', url: 'javascript:alert(1)', quote: QUOTE }, api)).toBe('failed');
  expect(api.open).toHaveBeenCalledTimes(1);
});
