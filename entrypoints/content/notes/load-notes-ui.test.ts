import { expect, test, vi } from 'vitest';
import { loadNotesUi } from './load-notes-ui';
import { type CreateNotes, NOTES_UI_KEY, type NotesUiScope } from './notes-ui-key';

// No `chrome` here: an import would throw, so the test fails if the script is imported again.
test('once the notes UI’s script has left its factory in this world, it is not imported again', async () => {
  const create = vi.fn() as unknown as CreateNotes;
  const scope = { [NOTES_UI_KEY]: create } as unknown as NotesUiScope;
  expect(await loadNotesUi(scope)).toBe(create);
});

test('the factory is looked for in the content script’s own world, never on the page’s window', async () => {
  // The page's window may hold anything under the same key: a page script could have put it there.
  // Set by hand, not with vi.stubGlobal: unstubbing all globals would also take the fake browser's `chrome` away.
  const global = globalThis as { window?: unknown };
  const before = global.window;
  global.window = { [NOTES_UI_KEY]: vi.fn() };
  const own = vi.fn() as unknown as CreateNotes;
  try {
    expect(await loadNotesUi({ [NOTES_UI_KEY]: own } as unknown as NotesUiScope)).toBe(own);
  } finally {
    global.window = before;
  }
});
