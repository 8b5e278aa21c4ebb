import type { NotesController, NotesControllerOptions } from './notes-controller';

/** Where the notes UI's script (entrypoints/notes-ui.ts) leaves its factory, in the content script's world. */
export const NOTES_UI_KEY = Symbol.for('govmark.notes-ui');

/** The notes UI's script, loaded by the content script the first time the page needs it (load-notes-ui.ts). */
export const NOTES_UI_SCRIPT = '/notes-ui.js';

export type CreateNotes = (options: NotesControllerOptions) => NotesController;

export type NotesUiScope = typeof globalThis & { [NOTES_UI_KEY]?: CreateNotes };
