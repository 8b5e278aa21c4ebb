import { expect, test, vi } from 'vitest';
import { loadNotesUi } from './load-notes-ui';
import { type CreateNotes, NOTES_UI_KEY, type NotesUiScope } from './notes-ui-key';

// No `chrome` here: an import would throw, so the test fails if the script is imported again.
test('once the notes UI’s script has left its factory in this world, it is not imported again', async () => {
  const create = vi.fn() as unknown as CreateNotes;
  const scope = { [NOTES_UI_KEY]: create } as unknown as NotesUiScope;
  expect(await loadNotesUi(scope)).toBe(create);
});
