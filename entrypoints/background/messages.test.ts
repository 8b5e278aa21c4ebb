import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '../../storage/db';
import { removeAllListeners, sendMessage } from '../../utils/messaging';
import { registerMessageHandlers } from './messages';

const URL = 'https://www.gov.cn/zhengce/2024-03/12/content_6939153.htm';

beforeEach(async () => {
  fakeBrowser.reset();
  await db.delete();
  await db.open();
  registerMessageHandlers();
});
afterEach(() => removeAllListeners());

describe('registerMessageHandlers', () => {
  test('a note sent through the runtime protocol lands in the database and comes back for its page', async () => {
    const added = await sendMessage('notes:add', { url: `${URL}?utm_source=x`, note: '页面批注', tags: ['就业'] });
    expect(added).toMatchObject({ ok: true, value: { url: URL, note: '页面批注' } });
    expect(await db.annotations.count()).toBe(1);
    expect(await sendMessage('notes:listForUrl', { url: URL })).toMatchObject({
      ok: true,
      value: [{ note: '页面批注' }],
    });
    expect(await sendMessage('tags:all', undefined)).toEqual({ ok: true, value: [{ tag: '就业', count: 1 }] });
  });

  test('a malformed payload comes back as an error and writes nothing', async () => {
    const reply = await sendMessage('notes:add', { url: 'javascript:alert(1)' });
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('invalid url') });
    expect(await db.annotations.count()).toBe(0);
  });
});
