import { onMessage } from '../../../utils/messaging';
import type { NotesController } from './notes-controller';

/**
 * The page's part of the change signal (background/notes-changed.ts): the background tells this tab only
 * that its own page's notes were written elsewhere (library, popup, another tab of the same page), and the
 * notes take their usual reload path: fetch again, re-place, and answer the new state.
 */
export function listenForNoteChanges(notes: Pick<NotesController, 'refresh'>): () => void {
  return onMessage('notes:changed', () => notes.refresh());
}
