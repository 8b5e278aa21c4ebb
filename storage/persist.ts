/** The part of `navigator.storage` we use; absent in MV3 service workers (TESTING.md, pitfall 13). */
interface PersistableStorage {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

/**
 * Asks the browser never to evict GovMark's database; call it from an extension page (popup, library,
 * options), not the service worker. Resolves to whether storage is persistent; false where the API is missing or fails.
 */
export async function requestPersistence(
  storage: PersistableStorage | undefined = globalThis.navigator?.storage,
): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    if (await storage.persisted?.()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
