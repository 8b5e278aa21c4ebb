import * as v from 'valibot';
import type { Annotation } from '../../../storage/types';
import { onMessage } from '../../../utils/messaging';
import type { PageNotesReply, PageNotesState } from '../../../utils/protocol-notes';
import { listenForNoteChanges } from './notes-changed';

// A note's id: what reattach and show are given.
const ReattachPayload = v.object({ id: v.pipe(v.string(), v.nonEmpty(), v.maxLength(256)) });

/** The page's notes as the messages reach them (LazyNotes: the notes UI loads on the first request). */
interface Notes {
  openEditorForSelection(): boolean | Promise<boolean>;
  state(): Promise<PageNotesState>;
  refresh(): Promise<PageNotesState>;
  reattach(id: string): Promise<Annotation>;
  show(id: string): Promise<boolean>;
}

function failure(error: unknown): { ok: false; error: string } {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}

/** The content script's answers about its notes (background: menu and shortcut; popup), payloads validated. */
export function pageNotesHandlers(notes: Notes) {
  return {
    async openEditor(): Promise<PageNotesReply<{ opened: boolean }>> {
      try {
        return { ok: true, value: { opened: await notes.openEditorForSelection() } };
      } catch (error) {
        return failure(error);
      }
    },
    state: (): Promise<PageNotesState> => notes.state(),
    async show(data: unknown): Promise<PageNotesReply<{ placed: boolean }>> {
      const parsed = v.safeParse(ReattachPayload, data);
      if (!parsed.success) return failure(`show: ${parsed.issues[0].message}`);
      return notes.show(parsed.output.id).then((placed) => ({ ok: true as const, value: { placed } }), failure);
    },
    async reattach(data: unknown): Promise<PageNotesReply<Annotation>> {
      const parsed = v.safeParse(ReattachPayload, data);
      if (!parsed.success) return failure(`reattach: ${parsed.issues[0].message}`);
      return notes.reattach(parsed.output.id).then((value) => ({ ok: true as const, value }), failure);
    },
  };
}

/** Listens for the page-notes messages; returns the function that stops listening. */
export function registerPageNotesMessages(notes: Notes): () => void {
  const handlers = pageNotesHandlers(notes);
  const removers = [
    onMessage('pageNotes:openEditor', () => handlers.openEditor()),
    onMessage('pageNotes:state', () => handlers.state()),
    listenForNoteChanges(notes),
    onMessage('pageNotes:reattach', ({ data }) => handlers.reattach(data)),
    onMessage('pageNotes:show', ({ data }) => handlers.show(data)),
  ];
  return () => {
    for (const remove of removers) remove();
  };
}
