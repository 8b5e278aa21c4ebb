import { expect, test } from 'vitest';
import type { NotesChanged } from '../../utils/protocol-notes';
import { NoteTabs } from './note-tabs';
import { announceNotesChanged, type ChangeListeners, noteWriteOf, seenTab } from './notes-changed';

const A = 'https://www.gov.cn/zhengce/content_1.htm';
const B = 'https://www.news.cn/politics/c_2.htm';
const PAGE = { role: 'page' as const, url: A };
const EXTENSION = { role: 'extension' as const };

function fakeListeners(tabs: { id?: number; url?: string }[]) {
  const told: [number | 'pages', NotesChanged][] = [];
  const listeners: ChangeListeners = {
    tabs: async () => tabs,
    toTab: async (id, change) => told.push([id, change]),
    toPages: async (change) => told.push(['pages', change]),
  };
  return { told, listeners };
}

test('a tab hears only of its own page, by its own URL, before the extension pages hear every page', async () => {
  const { told, listeners } = fakeListeners([
    { id: 1, url: `${A}#part2` },
    { id: 2, url: B },
    { id: 3 }, // a tab whose address GovMark may not see
    { id: 4, url: 'chrome://settings' },
    { id: 5, url: `${A}?utm_source=x` },
  ]);
  await announceNotesChanged({ urls: [A, 'https://other.example/'], tabs: true, pages: true, exceptTab: 5 }, listeners);
  expect(told).toEqual([
    [1, { urls: [A] }],
    ['pages', { urls: [A, 'https://other.example/'] }],
  ]);
});

test('without receivers (no page open, a tab without GovMark) the announcement still ends', async () => {
  const listeners: ChangeListeners = {
    tabs: async () => [{ id: 1, url: A }],
    toTab: () => Promise.reject(new Error('Receiving end does not exist')),
    toPages: () => Promise.reject(new Error('Receiving end does not exist')),
  };
  await expect(announceNotesChanged({ urls: [A], tabs: true, pages: true }, listeners)).resolves.toBeUndefined();
});

test.each([
  ['a read', 'notes:listForUrl', { url: A }, [], EXTENSION, undefined],
  [
    'a page’s new note, its own tab left out',
    'notes:add',
    {},
    { url: A },
    PAGE,
    { urls: [A], tabs: true, pages: true, exceptTab: 9 },
  ],
  [
    'the popup’s edit',
    'notes:update',
    { id: 'n', patch: { note: 'x' } },
    { url: A },
    EXTENSION,
    { urls: [A], tabs: true, pages: true },
  ],
  [
    'a page moving an anchor where its words went: no other tab',
    'notes:follow',
    { id: 'n', anchor: { quote: {}, position: {} } },
    { url: A },
    PAGE,
    { urls: [A], tabs: false, pages: true, exceptTab: 9 },
  ],
  [
    'the reader re-attaching a note on the page: the other tabs too',
    'notes:update',
    { id: 'n', patch: { quote: {}, position: {} } },
    { url: A },
    PAGE,
    { urls: [A], tabs: true, pages: true, exceptTab: 9 },
  ],
  [
    'an import, each page once',
    'notes:import',
    { add: [{ url: A }, { url: `${A}#x` }], update: [{ url: B }] },
    {},
    EXTENSION,
    { urls: [A, B], tabs: true, pages: true },
  ],
  ['an empty import', 'notes:import', { add: [], update: [] }, {}, EXTENSION, undefined],
] as const)('%s', (_name, message, data, value, scope, expected) => {
  const write = noteWriteOf(message, data, value, scope, 9);
  if (expected === undefined) expect(write).toBeUndefined();
  else expect(write).toEqual({ exceptTab: undefined, ...expected });
});

test('a tab is remembered when its top frame’s content script lists its page’s notes, not from a payload', async () => {
  const tabs = new NoteTabs(() => ({ get: async () => ({}), set: async () => undefined }));
  const page = { role: 'page' as const, url: A };
  seenTab('notes:listForUrl', page, { id: 'x', frameId: 0, tab: { id: 7, url: A } }, tabs);
  seenTab('notes:listForUrl', page, { id: 'x', frameId: 3, tab: { id: 8, url: A } }, tabs);
  seenTab('notes:add', page, { id: 'x', frameId: 0, tab: { id: 9, url: A } }, tabs);
  seenTab('notes:listForUrl', EXTENSION, { id: 'x', url: 'chrome-extension://x/popup.html' }, tabs);
  await Promise.resolve();
  expect(await tabs.list()).toEqual([{ id: 7, url: A }]);
});
