import type { GovMarkDB } from '../storage/db';
import { watchNoteWrites } from '../storage/note-writes';
import { onMessage, sendMessage } from './messaging';
import type { NotesChanged } from './protocol-notes';

/** An extension page hears of every note write elsewhere (background, another page); returns the stop function. */
export function listenForNotesChanged(listener: (change: NotesChanged) => void): () => void {
  return onMessage('notes:changed', ({ data }) => {
    listener(data);
    return undefined;
  });
}

/**
 * An extension page that writes in its own Dexie (the library) announces each committed write: the other
 * extension pages hear it directly, the background passes it on to the tabs of those pages.
 */
export function announceOwnWrites(db: GovMarkDB): () => void {
  // No one listening (the worker asleep wakes for it; no other page open) is not an error.
  return watchNoteWrites(db, (urls) => void sendMessage('notes:changed', { urls }).catch(() => undefined));
}
