import { expect, test } from 'vitest';
import { NoteTabs, type SessionArea } from './note-tabs';

function fakeArea() {
  const items: Record<string, unknown> = {};
  const area: SessionArea = {
    get: async (key) => (key in items ? { [key]: structuredClone(items[key]) } : {}),
    set: async (next) => void Object.assign(items, structuredClone(next)),
  };
  return area;
}

test('tabs are remembered across a restarted worker and forgotten when closed', async () => {
  const area = fakeArea();
  const first = new NoteTabs(() => area);
  await first.remember(3, 'https://www.gov.cn/a.htm');
  await first.remember(4, 'https://www.news.cn/b.htm');
  await first.remember(3, 'https://www.gov.cn/c.htm');
  const restarted = new NoteTabs(() => area);
  expect(await restarted.list()).toEqual([
    { id: 3, url: 'https://www.gov.cn/c.htm' },
    { id: 4, url: 'https://www.news.cn/b.htm' },
  ]);
  await restarted.forget(3);
  expect(await new NoteTabs(() => area).list()).toEqual([{ id: 4, url: 'https://www.news.cn/b.htm' }]);
});
