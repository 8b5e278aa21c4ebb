import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '../../storage/db';
import { removeAllListeners } from '../../utils/messaging';
import { registerMessageHandlers } from './messages';
import type { SenderInfo } from './sender-scope';

const URL = 'https://www.gov.cn/zhengce/2024-03/12/content_6939153.htm';
const OTHER = 'https://www.xinhuanet.com/politics/2024-03/05/c_1130083211.htm';
const SELF = { id: 'govmark-id', origin: 'chrome-extension://govmark-id/' };
const LIBRARY: SenderInfo = { id: SELF.id, url: `${SELF.origin}library.html` };
const POPUP: SenderInfo = { id: SELF.id, url: `${SELF.origin}popup.html` };
const contentScript = (url: string): SenderInfo => ({ id: SELF.id, url, frameId: 0, tab: { url } });

/** Delivers one message as the browser would, with the sender it fills in (fakeBrowser's own sendMessage sends `{}`). */
async function deliver(type: string, data: unknown, sender: SenderInfo | undefined): Promise<unknown> {
  let reply: unknown;
  // The listener's own types say a sender is always given; refusing one that is not is what we test.
  const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (...args: unknown[]) => Promise<unknown[]>;
  const responded = new Promise<void>((resolve) => {
    void trigger({ id: 1, type, data, timestamp: Date.now() }, sender, (answer: unknown) => {
      reply = answer;
      resolve();
    }).then((results) => {
      if (!results.some((r) => r === true)) resolve();
    });
  });
  await responded;
  return (reply as { res?: unknown } | undefined)?.res ?? reply;
}

beforeEach(async () => {
  fakeBrowser.reset();
  await db.delete();
  await db.open();
  registerMessageHandlers(() => SELF);
});
afterEach(() => removeAllListeners());

async function addFrom(sender: SenderInfo, url: string, note: string) {
  return (await deliver('notes:add', { url, note, tags: [note] }, sender)) as { ok: boolean; value: { id: string } };
}

describe('registerMessageHandlers', () => {
  test('a note sent through the runtime protocol lands in the database and comes back for its page', async () => {
    const added = await deliver('notes:add', { url: `${URL}?utm_source=x`, note: '页面批注', tags: ['就业'] }, POPUP);
    expect(added).toMatchObject({ ok: true, value: { url: URL, note: '页面批注' } });
    expect(await db.annotations.count()).toBe(1);
    expect(await deliver('notes:listForUrl', { url: URL }, POPUP)).toMatchObject({ ok: true, value: [{}] });
    expect(await deliver('tags:all', undefined, LIBRARY)).toEqual({ ok: true, value: [{ tag: '就业', count: 1 }] });
  });

  test('a malformed payload comes back as an error, without a stack, and writes nothing', async () => {
    const reply = await deliver('notes:add', { url: 'javascript:alert(1)' }, POPUP);
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('invalid url') });
    expect(JSON.stringify(reply)).not.toMatch(/stack|at .*\.ts/);
    expect(await db.annotations.count()).toBe(0);
  });

  test('an unknown message gets no answer at all', async () => {
    expect(await deliver('notes:dropEverything', {}, POPUP)).toBeUndefined();
  });
});

describe('a content script reaches only its own tab’s page', () => {
  test('it reads and changes its page’s notes', async () => {
    const page = contentScript(URL);
    const added = await addFrom(page, URL, '本页');
    expect(added.ok).toBe(true);
    expect(await deliver('notes:listForUrl', { url: URL }, page)).toMatchObject({
      ok: true,
      value: [{ note: '本页' }],
    });
    expect(await deliver('notes:update', { id: added.value.id, patch: { note: '改' } }, page)).toMatchObject({
      ok: true,
    });
    const anchor = { quote: { type: 'TextQuoteSelector', exact: '本页', prefix: '', suffix: '' } };
    expect(await deliver('notes:follow', { id: added.value.id, anchor }, page)).toMatchObject({ ok: true });
    expect(await deliver('notes:delete', { id: added.value.id }, page)).toMatchObject({ ok: true });
  });

  test('messages naming another page, or another page’s note, are refused and change nothing', async () => {
    const elsewhere = await addFrom(LIBRARY, OTHER, '别处');
    const page = contentScript(URL);
    const refusals = [
      await deliver('notes:listForUrl', { url: OTHER }, page),
      await addFrom(page, OTHER, '冒充'),
      await deliver('notes:update', { id: elsewhere.value.id, patch: { note: '篡改' } }, page),
      await deliver(
        'notes:follow',
        {
          id: elsewhere.value.id,
          anchor: { quote: { type: 'TextQuoteSelector', exact: '篡', prefix: '', suffix: '' } },
        },
        page,
      ),
      await deliver('notes:delete', { id: elsewhere.value.id }, page),
      await deliver(
        'pages:recordReport',
        { url: OTHER, title: '', reportKey: 'k', seenAt: 1, confidence: 1, targets: [], agencyCount: 0 },
        page,
      ),
    ];
    for (const reply of refusals) expect(reply).toMatchObject({ ok: false });
    expect(await db.annotations.toArray()).toMatchObject([{ url: OTHER, note: '别处' }]);
    expect(await db.pages.count()).toBe(0);
  });

  test('the library’s messages are refused to a content script and accepted from extension pages', async () => {
    await addFrom(LIBRARY, OTHER, '别处');
    const page = contentScript(URL);
    const record = (await db.annotations.toArray())[0];
    for (const [type, data] of [
      ['notes:listAll', undefined],
      ['notes:count', undefined],
      ['notes:listForTag', { tag: '别处' }],
      ['notes:listForReport', { reportKey: OTHER }],
      ['notes:restore', { record: { ...record, id: 'x' } }],
      ['notes:import', { add: [{ ...record, id: 'y' }], update: [] }],
      ['pages:list', undefined],
      ['pages:listForReport', { reportKey: OTHER }],
      ['pages:clear', undefined],
    ] as const) {
      expect(await deliver(type, data, page), type).toEqual({
        ok: false,
        error: `${type}: not allowed from a web page`,
      });
      expect(await deliver(type, data, LIBRARY), type).toMatchObject({ ok: true });
    }
  });

  test('tag suggestions go only to GovMark’s note frame (every tag), never to a content script', async () => {
    await addFrom(LIBRARY, OTHER, '别处标签');
    await addFrom(LIBRARY, URL, '本页标签');
    expect(await deliver('tags:all', undefined, contentScript(URL))).toEqual({
      ok: false,
      error: 'tags:all: not allowed from a web page',
    });
    const frame: SenderInfo = { id: SELF.id, url: `${SELF.origin}note-frame.html#t`, frameId: 4, tab: { url: URL } };
    expect(await deliver('tags:all', undefined, frame)).toMatchObject({ ok: true, value: [{}, {}] });
    // The frame is scoped to its tab's page like the content script: another page's notes are refused.
    expect(await deliver('notes:listForUrl', { url: OTHER }, frame)).toMatchObject({ ok: false });
  });

  test('senders that are not GovMark, or whose page is unknown, are refused', async () => {
    for (const sender of [
      undefined,
      {},
      { ...LIBRARY, id: 'another-extension' },
      { id: SELF.id, url: 'https://evil.example/', frameId: 3 },
    ]) {
      expect(await deliver('notes:count', undefined, sender)).toEqual({
        ok: false,
        error: 'notes:count: unknown sender',
      });
    }
  });
});

test('every write through the messages is announced, naming the writer’s tab so it is not told again', async () => {
  removeAllListeners();
  const announce = vi.fn(async () => undefined);
  registerMessageHandlers(() => SELF, announce);
  const added = await addFrom({ ...contentScript(URL), tab: { id: 4, url: URL } }, URL, 'n');
  await vi.waitFor(() => expect(announce).toHaveBeenCalledWith({ urls: [URL], tabs: true, pages: true, exceptTab: 4 }));
  await deliver('notes:delete', { id: added.value.id }, LIBRARY);
  await vi.waitFor(() => expect(announce).toHaveBeenLastCalledWith({ urls: [URL], tabs: true, pages: true }));
  await deliver('notes:listForUrl', { url: URL }, LIBRARY);
  await deliver('notes:delete', { id: 'gone' }, LIBRARY);
  expect(announce).toHaveBeenCalledTimes(2);
});
