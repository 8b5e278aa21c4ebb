import { onMessage } from '../../../utils/messaging';
import { normalizeUrl } from '../../../utils/normalize-url';
import type { NotesController } from './notes-controller';

/**
 * The page's part of the change signal (background/notes-changed.ts): the background tells this tab that
 * its page's notes were written elsewhere (library, popup, another tab of the page), and the notes take
 * their usual reload path: fetch again, re-place, answer the new state. A signal for another address (the
 * tab has moved on since the background last heard from it) is not for this page.
 */
export function listenForNoteChanges(
  notes: Pick<NotesController, 'refresh'>,
  pageUrl: () => string = () => location.href,
): () => void {
  return onMessage('notes:changed', ({ data }) =>
    data?.urls?.includes(normalizeUrl(pageUrl())) ? notes.refresh() : undefined,
  );
}
