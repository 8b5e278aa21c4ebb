import type { NoteColor } from '../storage/types';

/** The note frame's page (entrypoints/note-frame/), web-accessible with a dynamic URL (wxt.config.ts). */
export const NOTE_FRAME_PAGE = '/note-frame.html';

/** What the reader wrote in the note card: saved as plain text, never markup. */
export interface NoteValues {
  note: string;
  tags: string[];
  color: NoteColor;
}

/**
 * The note card the frame should show (issue 12). It names the note, never carries its text: the frame
 * reads the note and the tag suggestions from the background itself, scoped to its own tab's page.
 */
export interface FrameCard {
  /** Changes when another note (or a new one) is opened, which resets the form. */
  key: string;
  /** `new`: a note for the selected words; `view`: a saved note, read-only; `edit`: a saved note's form. */
  mode: 'new' | 'view' | 'edit';
  /** The page's normalised URL, as notes store it (the background checks it is the frame's own tab's). */
  url: string;
  /** The saved note's id (view, edit). */
  id?: string;
  /** Changes when the note was written elsewhere (notes:changed): the frame reads it again, keeping a form's typing. */
  revision?: number;
  /** The selected words (new): the page's own text. */
  quote?: string;
  busy?: boolean;
  error?: string;
}

/** From the content script to the note frame, over the MessagePort it handed the frame. */
export type ToFrame = { type: 'card'; card: FrameCard | null };

/** From the note frame to the content script: what the reader did in the card, and the card's height. */
export type FromFrame =
  | { type: 'size'; height: number }
  | { type: 'save'; key: string; values: NoteValues }
  | { type: 'edit' | 'delete' | 'close'; key: string };

/** The first message into the frame: the token from its URL's fragment, and the port transferred with it. */
export const FRAME_HELLO = 'govmark-note-frame';
export interface FrameHello {
  type: typeof FRAME_HELLO;
  token: string;
}

/**
 * Messages that bind a note frame to the content script that made it (issue 12): a copy of the frame that a
 * page loaded itself finds no token of its tab's content script, and stays blank even with a port.
 */
export type NoteFrameProtocol = {
  /** From a content script, before it loads a frame: this token is for a frame in the sender's tab. */
  'noteFrame:open'(data: { token: string }): boolean;
  /** From the note frame: whether its own tab's content script opened this token. */
  'noteFrame:check'(data: { token: string }): boolean;
};
