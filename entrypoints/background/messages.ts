import { db } from '../../storage/db';
import { makeStorageHandlers } from '../../storage/handlers';
import { onMessage } from '../../utils/messaging';
import type { StorageProtocol } from '../../utils/protocol-storage';

/** Wires the storage messages to their handlers (storage/handlers.ts), which validate every payload. */
export function registerMessageHandlers(): void {
  const handlers = makeStorageHandlers(db);
  for (const name of Object.keys(handlers) as (keyof StorageProtocol)[]) {
    const handle = handlers[name] as (data: unknown) => Promise<never>;
    onMessage(name, ({ data }) => handle(data));
  }
}
