import { expect, test } from 'vitest';
import { NoteFrameTokens } from './note-frame-tokens';

const SELF = { id: 'abc', origin: 'chrome-extension://abc/' };
const PAGE = 'https://www.gov.cn/zhengce/content_1.htm';
const TOKEN = '3f2c1b8e-5d4a-4c3b-9a1f-0e2d3c4b5a69';
const contentScript = (tabId: number) => ({ id: 'abc', url: PAGE, frameId: 0, tab: { id: tabId, url: PAGE } });
const frame = (tabId: number, path = '/note-frame.html') => ({
  id: 'abc',
  url: `chrome-extension://abc${path}#${TOKEN}`,
  frameId: 4,
  tab: { id: tabId },
});

test('a frame is let in only with a token its own tab’s content script opened', () => {
  const tokens = new NoteFrameTokens();
  expect(tokens.check(frame(3), SELF, TOKEN)).toBe(false); // a copy a page loaded, with a token it chose
  expect(tokens.open(contentScript(3), SELF, TOKEN)).toBe(true);
  expect(tokens.check(frame(3), SELF, TOKEN)).toBe(true);
  expect(tokens.check(frame(4), SELF, TOKEN)).toBe(false); // another tab
  expect(tokens.check(frame(3, '/popup.html'), SELF, TOKEN)).toBe(false);
  expect(tokens.check({ ...frame(3), id: 'other' }, SELF, TOKEN)).toBe(false);
  tokens.forget(3);
  expect(tokens.check(frame(3), SELF, TOKEN)).toBe(false);
});

test('only a content script opens tokens, and only token-shaped ones', () => {
  const tokens = new NoteFrameTokens();
  expect(tokens.open(frame(3), SELF, TOKEN)).toBe(false); // the frame cannot vouch for itself
  expect(tokens.open({ id: 'abc', url: 'chrome-extension://abc/library.html' }, SELF, TOKEN)).toBe(false);
  expect(tokens.open(contentScript(3), SELF, 'short')).toBe(false);
  expect(tokens.open(contentScript(3), SELF, { token: TOKEN })).toBe(false);
  expect(tokens.check(frame(3), SELF, TOKEN)).toBe(false);
});
