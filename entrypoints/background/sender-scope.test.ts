import { describe, expect, test } from 'vitest';
import { pageMoved, senderScope, type TabMoves } from './sender-scope';

const SELF = { id: 'abc', origin: 'chrome-extension://abc/' };
const PAGE = 'https://www.gov.cn/zhengce/content_1.htm?utm_source=x#p2';

describe('senderScope', () => {
  test.each([
    ['the popup', { id: 'abc', url: 'chrome-extension://abc/popup.html' }, { role: 'extension' }],
    [
      'the library in a tab',
      { id: 'abc', url: 'chrome-extension://abc/library.html', tab: { url: 'chrome-extension://abc/library.html' } },
      { role: 'extension' },
    ],
    [
      'a content script',
      { id: 'abc', url: PAGE, frameId: 0, tab: { url: PAGE } },
      { role: 'page', url: 'https://www.gov.cn/zhengce/content_1.htm' },
    ],
    [
      'a content script whose tab URL is withheld',
      { id: 'abc', url: PAGE, frameId: 0, tab: {} },
      { role: 'page', url: 'https://www.gov.cn/zhengce/content_1.htm' },
    ],
    [
      'the note frame in a page',
      { id: 'abc', url: 'chrome-extension://abc/note-frame.html', frameId: 5, tab: { url: PAGE } },
      { role: 'frame', url: 'https://www.gov.cn/zhengce/content_1.htm' },
    ],
    ['another extension', { id: 'xyz', url: 'chrome-extension://xyz/popup.html' }, undefined],
    [
      'a look-alike origin',
      { id: 'abc', url: 'chrome-extension://abcd/popup.html', tab: { url: PAGE } },
      { role: 'page', url: 'https://www.gov.cn/zhengce/content_1.htm' },
    ],
    ['a subframe without a tab URL', { id: 'abc', url: 'https://ads.example/', frameId: 7, tab: {} }, undefined],
    ['no sender', undefined, undefined],
    [
      'a content script on a file page',
      { id: 'abc', url: 'file:///x.html', frameId: 0, tab: { url: 'file:///x.html' } },
      undefined,
    ],
  ])('%s', (_name, sender, expected) => {
    expect(senderScope(sender, SELF)).toEqual(expected);
  });

  test('the note frame without a tab URL (Firefox) is its tab’s page, as that tab’s content script showed it', () => {
    const pages = new Map<number, string>();
    const frame = { id: 'abc', url: 'chrome-extension://abc/note-frame.html#t', frameId: 5, tab: { id: 3 } };
    expect(senderScope(frame, SELF, pages)).toBeUndefined();
    senderScope({ id: 'abc', url: PAGE, frameId: 0, tab: { id: 3 } }, SELF, pages);
    // A subframe's content script does not speak for the tab's page.
    senderScope(
      { id: 'abc', url: 'https://ads.example/', frameId: 9, tab: { id: 3, url: 'https://ads.example/' } },
      SELF,
      pages,
    );
    expect(senderScope(frame, SELF, pages)).toEqual({ role: 'frame', url: 'https://www.gov.cn/zhengce/content_1.htm' });
    expect(senderScope({ ...frame, tab: { id: 4 } }, SELF, pages)).toBeUndefined();
  });

  test('a page that moved without loading (Firefox keeps the first address as sender.url) is where it went', () => {
    const moves: TabMoves = new Map();
    const pages = new Map<number, string>();
    const top = { id: 'abc', url: PAGE, frameId: 0, tab: { id: 3 } };
    const scope = () => senderScope(top, SELF, pages, moves);
    const next = 'https://www.gov.cn/zhengce/content_2.htm';
    expect(pageMoved(top, SELF, next, moves)).toBe(true);
    expect(scope()).toEqual({ role: 'page', url: next });
    // The note frame follows its tab's page.
    const frame = { id: 'abc', url: 'chrome-extension://abc/note-frame.html#t', frameId: 5, tab: { id: 3 } };
    expect(senderScope(frame, SELF, pages, moves)).toEqual({ role: 'frame', url: next });
    // Never out of the document's origin, never from a subframe or another extension.
    expect(pageMoved(top, SELF, 'https://evil.example/notes', moves)).toBe(false);
    expect(pageMoved({ ...top, frameId: 2 }, SELF, 'https://www.gov.cn/x', moves)).toBe(false);
    expect(pageMoved({ ...top, id: 'other' }, SELF, 'https://www.gov.cn/x', moves)).toBe(false);
    expect(scope()).toEqual({ role: 'page', url: next });
    // Back at the first address; and a new document in the tab forgets the move.
    expect(pageMoved(top, SELF, PAGE, moves)).toBe(true);
    expect(scope()).toEqual({ role: 'page', url: 'https://www.gov.cn/zhengce/content_1.htm' });
    pageMoved(top, SELF, next, moves);
    const other = { ...top, url: 'https://www.gov.cn/zhengce/content_3.htm' };
    expect(senderScope(other, SELF, pages, moves)).toEqual({ role: 'page', url: other.url });
    expect(moves.size).toBe(0);
  });
});
