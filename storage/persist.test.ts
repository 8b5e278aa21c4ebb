import { describe, expect, test, vi } from 'vitest';
import { requestPersistence } from './persist';

describe('requestPersistence', () => {
  test('asks for persistence when the page is not yet persistent', async () => {
    const persist = vi.fn(async () => true);
    await expect(requestPersistence({ persisted: async () => false, persist })).resolves.toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  test('does not ask again when already persistent', async () => {
    const persist = vi.fn(async () => true);
    await expect(requestPersistence({ persisted: async () => true, persist })).resolves.toBe(true);
    expect(persist).not.toHaveBeenCalled();
  });

  test('reports a refusal', async () => {
    await expect(requestPersistence({ persist: async () => false })).resolves.toBe(false);
  });

  test('is a no-op where the API is missing (service worker)', async () => {
    await expect(requestPersistence(undefined)).resolves.toBe(false);
    await expect(requestPersistence({})).resolves.toBe(false);
  });

  test('a failing API resolves to false instead of throwing', async () => {
    await expect(
      requestPersistence({
        persist: async () => {
          throw new Error('denied');
        },
      }),
    ).resolves.toBe(false);
  });
});
