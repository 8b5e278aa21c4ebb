import { type CreateNotes, NOTES_UI_KEY, NOTES_UI_SCRIPT, type NotesUiScope } from './notes-ui-key';

// Written as `chrome.runtime.getURL(…)` (Firefox's content scripts have `chrome` too): the form web-ext lint
// (addons-linter) knows for an extension's own file; any other `import()` argument is a warning to reviewers.
declare const chrome: { runtime: { getURL(path: string): string } };

/**
 * The notes UI's factory, its script imported from the extension's own files on first use. A module
 * imported by a content script runs in the content script's isolated world (Chrome and Firefox), so the
 * factory is left where page scripts cannot see it; a second call finds it there.
 */
export async function loadNotesUi(scope: NotesUiScope = globalThis): Promise<CreateNotes> {
  if (!scope[NOTES_UI_KEY]) await import(/* @vite-ignore */ chrome.runtime.getURL(NOTES_UI_SCRIPT));
  const create = scope[NOTES_UI_KEY];
  if (!create) throw new Error('the notes UI did not load');
  return create;
}
