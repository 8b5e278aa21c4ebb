import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { NotesController } from './content/notes/notes-controller';
import { NOTES_UI_KEY, type NotesUiScope } from './content/notes/notes-ui-key';

/**
 * The notes UI (margin notes, the "批注" button, the note card's frame, re-anchoring, Preact), kept out of the
 * content script every page evaluates: the content script imports this the first time a page has notes or
 * the reader starts one (entrypoints/content/notes/lazy-notes.ts), into its own isolated world.
 */
export default defineUnlistedScript(() => {
  (globalThis as NotesUiScope)[NOTES_UI_KEY] = (options) => new NotesController(options);
});
