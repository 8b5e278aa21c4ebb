import { db } from '../../storage/db';
import { makeStorageHandlers } from '../../storage/handlers';
import { markNoteSaved } from '../../storage/persist-after-first-note';
import { onMessage } from '../../utils/messaging';
import type { StorageProtocol } from '../../utils/protocol-storage';
import { announceNotesChanged, noteWriteOf, seenTab } from './notes-changed';
import { pageMoved, runtimeSelf, type Self, type SenderInfo, senderScope, type TabPages } from './sender-scope';

/**
 * Wires the storage messages to their handlers (storage/handlers.ts), which check the sender's scope and
 * validate every payload. A sender we cannot place is refused before any handler runs. Every write is then
 * announced (`notes:changed`, notes-changed.ts) so the pages, the popup and the library stay in step.
 */
export function registerMessageHandlers(
  self: () => Self = runtimeSelf,
  announce: typeof announceNotesChanged = announceNotesChanged,
): void {
  const handlers = makeStorageHandlers(db);
  const pages: TabPages = new Map();
  onMessage(
    'pageMoved',
    ({ data, sender }) =>
      typeof data?.url === 'string' && data.url.length <= 4096 && pageMoved(sender as SenderInfo, self(), data.url),
  );
  for (const name of Object.keys(handlers) as (keyof StorageProtocol)[]) {
    const handle = handlers[name] as (data: unknown, scope: unknown) => Promise<never>;
    onMessage(name, ({ data, sender }) => {
      const scope = senderScope(sender as SenderInfo, self(), pages);
      if (!scope) return Promise.resolve({ ok: false, error: `${name}: unknown sender` } as never);
      seenTab(name, scope, sender as SenderInfo);
      const reply = handle(data, scope);
      void (reply as Promise<{ ok: boolean; value?: unknown }>).then((r) => {
        const write = r.ok && noteWriteOf(name, data, r.value, scope, (sender as SenderInfo).tab?.id);
        if (write) return announce(write);
      });
      // The first stored note makes the next extension page ask for persistent storage (issue 12).
      if (name === 'notes:add') {
        void (reply as Promise<{ ok: boolean }>).then(async (r) => {
          if (r.ok) await markNoteSaved().catch(() => undefined);
        });
      }
      return reply;
    });
  }
}
