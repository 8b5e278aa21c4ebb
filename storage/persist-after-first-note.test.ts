import { expect, test, vi } from 'vitest';
import { type FlagStore, markNoteSaved, requestPersistenceAfterFirstNote } from './persist-after-first-note';

function memory(): FlagStore & { items: Record<string, unknown> } {
  const items: Record<string, unknown> = {};
  return {
    items,
    get: async (key) => (key in items ? { [key]: items[key] } : {}),
    set: async (more) => void Object.assign(items, more),
  };
}

test('no page asks before a note is saved; the first one after it does', async () => {
  const store = memory();
  const persist = vi.fn(async () => true);
  const storage = { persisted: async () => false, persist };
  expect(await requestPersistenceAfterFirstNote(store, storage)).toBe(false);
  expect(persist).not.toHaveBeenCalled();
  await markNoteSaved(store);
  expect(await requestPersistenceAfterFirstNote(store, storage)).toBe(true);
  expect(persist).toHaveBeenCalledTimes(1);
});
