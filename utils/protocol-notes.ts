import type { Annotation } from '../storage/types';

/** A page-notes reply: the value, or why nothing happened (in words the popup can show). */
export type PageNotesReply<T> = { ok: true; value: T } | { ok: false; error: string };

/** How the content script files this page's notes, and which of them it could not place. */
export interface PageNotesState {
  /** Normalised page URL, as notes store it. */
  url: string;
  title: string;
  reportKey: string;
  /** True while GovMark runs on the page's article (notes are shown and can be added). */
  active: boolean;
  /** Ids of quoted notes whose words are no longer on the page (未能定位). */
  unplaced: string[];
}

/** Which pages' notes were just written: normalised URLs, nothing of the notes themselves. */
export interface NotesChanged {
  urls: string[];
}

/** Messages from the background and popup to the content script's notes (issue 4). One JSDoc line each. */
export type PageNotesProtocol = {
  /** Opens the note editor for the words selected in the article (context menu, shortcut); `opened` false when none are. */
  'pageNotes:openEditor'(): PageNotesReply<{ opened: boolean }>;
  /** The page's URL, title and report key as notes use them, and which notes could not be placed; waits for a pass under way. */
  'pageNotes:state'(): PageNotesState;
  /**
   * Notes of these pages were written, by any surface (background, library, import, undo). Extension pages
   * hear every page's URL; a tab hears only of its own page, and fetches its notes again (answers its state).
   */
  'notes:changed'(data: NotesChanged): PageNotesState | undefined;
  /** Scrolls a note's passage into view with a brief flash, once placed; `placed` false when its words are not on the page. */
  'pageNotes:show'(data: { id: string }): PageNotesReply<{ placed: boolean }>;
  /**
   * The top frame's content script, at its first pass and whenever its page takes another address in the same
   * document (`history.pushState`): the background files its notes under that address from then on.
   */
  pageMoved(data: { url: string }): boolean;
  /** Re-attaches a note to the words now selected in the article (quote and position replaced). */
  'pageNotes:reattach'(data: { id: string }): PageNotesReply<Annotation>;
};
