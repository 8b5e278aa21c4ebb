import { afterEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenForNoteChanges } from './notes-changed';

const PAGE = 'https://www.gov.cn/zhengce/content_1.htm';
let stop = () => {};
afterEach(() => stop());

test('the page re-reads its notes when told of its own page, and only then', async () => {
  const notes = { refresh: vi.fn(async () => ({}) as never) };
  stop = listenForNoteChanges(notes, () => `${PAGE}#section`);
  const tell = (urls: string[]) =>
    fakeBrowser.runtime.onMessage.trigger({ id: 1, type: 'notes:changed', data: { urls }, timestamp: 1 }, {}, () => {});
  await tell(['https://www.gov.cn/zhengce/other.htm']);
  expect(notes.refresh).not.toHaveBeenCalled();
  await tell([PAGE]);
  expect(notes.refresh).toHaveBeenCalledTimes(1);
});
