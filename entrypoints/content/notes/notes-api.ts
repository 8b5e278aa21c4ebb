import type { Annotation, AnnotationInput, AnnotationPatch, PageRecord } from '../../../storage/types';
import { sendMessage } from '../../../utils/messaging';
import type { StorageReply } from '../../../utils/protocol-storage';

/**
 * The storage calls the page's notes make, all through the background (never IndexedDB here). Tag
 * suggestions are not among them: only GovMark's note frame asks for those (issue 12).
 */
export interface NotesApi {
  list(url: string): Promise<Annotation[]>;
  add(input: AnnotationInput): Promise<Annotation>;
  update(id: string, patch: AnnotationPatch): Promise<Annotation>;
  /** Moves a note's anchor after the page changed, without counting as the reader's edit. */
  follow(id: string, anchor: Pick<AnnotationPatch, 'quote' | 'position'>): Promise<Annotation>;
  remove(id: string): Promise<Annotation>;
  recordPage(record: PageRecord): Promise<PageRecord>;
}

/** The value of a storage reply, or its error thrown. */
export async function unwrapReply<T>(reply: Promise<StorageReply<T>>): Promise<T> {
  const answer = await reply;
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}

/** The storage messages (utils/protocol-storage.ts) as a NotesApi. */
export function messagingNotesApi(send: typeof sendMessage = sendMessage): NotesApi {
  return {
    list: (url) => unwrapReply(send('notes:listForUrl', { url })),
    add: (input) => unwrapReply(send('notes:add', input)),
    update: (id, patch) => unwrapReply(send('notes:update', { id, patch })),
    follow: (id, anchor) => unwrapReply(send('notes:follow', { id, anchor })),
    remove: (id) => unwrapReply(send('notes:delete', { id })),
    recordPage: (record) => unwrapReply(send('pages:recordReport', record)),
  };
}
