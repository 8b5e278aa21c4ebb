import type { Transaction } from 'dexie';
import type { GovMarkDB } from './db';
import type { Annotation } from './types';

/**
 * Calls `onWritten` with the page URLs whose notes a committed transaction added, changed or deleted,
 * whichever code path wrote (repository functions, imports, undo). Dexie's table hooks see every write in
 * this context, so no write path can forget to announce itself. Returns the function that stops watching.
 */
export function watchNoteWrites(db: GovMarkDB, onWritten: (urls: string[]) => void): () => void {
  const pending = new WeakMap<Transaction, Set<string>>();
  const touched = (trans: Transaction, ...urls: unknown[]) => {
    let set = pending.get(trans);
    if (!set) {
      const created = new Set<string>();
      set = created;
      pending.set(trans, created);
      // Announced once the writes are durable; a rolled-back transaction announces nothing.
      trans.on('complete', () => {
        if (created.size > 0) onWritten([...created]);
      });
    }
    for (const url of urls) if (typeof url === 'string') set.add(url);
  };
  const creating = (_key: unknown, record: Annotation, trans: Transaction) => touched(trans, record.url);
  const updating = (changes: Partial<Annotation>, _key: unknown, record: Annotation, trans: Transaction) =>
    touched(trans, record.url, changes.url);
  const deleting = (_key: unknown, record: Annotation, trans: Transaction) => touched(trans, record.url);
  const table = db.annotations;
  table.hook('creating', creating);
  table.hook('updating', updating);
  table.hook('deleting', deleting);
  return () => {
    table.hook('creating').unsubscribe(creating);
    table.hook('updating').unsubscribe(updating);
    table.hook('deleting').unsubscribe(deleting);
  };
}
