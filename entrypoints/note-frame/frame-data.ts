import type { TagCount } from '../../storage/tags';
import type { Annotation } from '../../storage/types';
import { sendMessage } from '../../utils/messaging';
import { unwrapReply } from '../content/notes/notes-api';

/** What the note frame reads, itself, from the background: never from the page or its content script. */
export interface FrameData {
  /** The note with this id on this page, or undefined when it is not (any more) this page's. */
  note(url: string, id: string): Promise<Annotation | undefined>;
  /** Tag suggestions: every tag of the library, shown only inside this frame. */
  tags(): Promise<TagCount[]>;
}

/**
 * The background's storage messages as the frame's data. The background scopes them by the browser's own
 * `sender` (the frame's tab's page), so the frame, like its content script, reaches only this page's notes.
 */
export function backgroundFrameData(send: typeof sendMessage = sendMessage): FrameData {
  return {
    note: async (url, id) => (await unwrapReply(send('notes:listForUrl', { url }))).find((n) => n.id === id),
    tags: () => unwrapReply(send('tags:all', undefined)),
  };
}
