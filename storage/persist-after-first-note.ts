import { browser } from 'wxt/browser';
import { requestPersistence } from './persist';

/** Set in storage.local by the background once a note is stored; extension pages read it to ask for persistence. */
export const NOTE_SAVED_KEY = 'govmark:noteSaved';

/** A small key-value store: browser.storage.local, or a fake in tests. */
export interface FlagStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const local = (): FlagStore => browser.storage.local as unknown as FlagStore;

/** The background's half: remembers that the reader has saved a note (the worker itself cannot ask). */
export async function markNoteSaved(store: FlagStore = local()): Promise<void> {
  if ((await store.get(NOTE_SAVED_KEY))[NOTE_SAVED_KEY] !== true) await store.set({ [NOTE_SAVED_KEY]: true });
}

/**
 * The pages' half: the first extension page or frame that runs after a note was saved asks the browser
 * never to evict the database (`navigator.storage.persist()` does not exist in the service worker).
 */
export async function requestPersistenceAfterFirstNote(
  store: FlagStore = local(),
  storage: Parameters<typeof requestPersistence>[0] = globalThis.navigator?.storage,
): Promise<boolean> {
  try {
    if ((await store.get(NOTE_SAVED_KEY))[NOTE_SAVED_KEY] !== true) return false;
  } catch {
    return false;
  }
  return requestPersistence(storage);
}
