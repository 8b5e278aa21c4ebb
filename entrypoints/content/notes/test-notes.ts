import { h, render } from 'preact';
import { vi } from 'vitest';
import { createAnnotation } from '../../../storage/annotations';
import { normalizeTags, type TagCount } from '../../../storage/tags';
import type { Annotation, AnnotationInput, AnnotationPatch, PageRecord } from '../../../storage/types';
import { mainTextOf } from '../../../utils/main-text';
import type { FrameData } from '../../note-frame/frame-data';
import NoteFrameApp from '../../note-frame/NoteFrameApp';
import { passageOf } from './anchor-notes';
import type { CardViewFactory } from './card-view';
import { FrameChannel } from './frame-channel';
import type { NotesApi } from './notes-api';

/** Where the notes tests' report page (test-page.ts REPORT_HTML) stands. */
export const REPORT_URL = 'https://www.gov.cn/zhengce/report.htm';

/** A stored note on the first `words` of the page's `<article>`, as the notes UI saves one on REPORT_URL. */
export function noteOnReport(words: string, id = words, doc: Document = document): Annotation {
  const text = mainTextOf(doc.querySelector('article') as Element).text;
  const start = text.indexOf(words);
  return {
    id,
    url: REPORT_URL,
    title: '',
    reportKey: REPORT_URL,
    ...passageOf(text, start, start + words.length),
    note: '',
    tags: [],
    color: 'blue',
    created: 1,
    updated: 1,
  };
}

/** Where unit tests find the note card: the frame's own app, rendered beside the page's body. */
export const TEST_CARD_SELECTOR = '[data-test-note-card]';

/**
 * The note frame's app (entrypoints/note-frame/) shown inline, joined to the content script by a real
 * MessageChannel as on a page, reading its note from `api` as the frame reads the background.
 */
export function inlineCardView(
  { api, tags }: Pick<ReturnType<typeof fakeNotesApi>, 'api' | 'tags'>,
  doc: Document = document,
): CardViewFactory {
  const data: FrameData = { note: async (url, id) => (await api.list(url)).find((n) => n.id === id), tags };
  return (actions) => {
    let shown: { container: HTMLElement; channel: FrameChannel } | null = null;
    const ensure = () => {
      if (shown) return shown;
      const container = doc.createElement('div');
      container.setAttribute('data-test-note-card', '');
      doc.documentElement.append(container);
      const { port1, port2 } = new MessageChannel();
      render(h(NoteFrameApp, { port: port2, data }), container);
      shown = { container, channel: new FrameChannel(port1, actions, () => {}) };
      return shown;
    };
    return {
      show: (card) => ensure().channel.send(card),
      hide: () => shown?.channel.send(null),
      remove: () => {
        if (!shown) return;
        render(null, shown.container);
        shown.container.remove();
        shown.channel.close();
        shown = null;
      },
    };
  };
}

/** An in-memory stand-in for the background's storage, as the content script reaches it. */
export function fakeNotesApi(initial: Annotation[] = []) {
  const db = new Map(initial.map((a) => [a.id, structuredClone(a)]));
  const pages: PageRecord[] = [];
  const api: NotesApi = {
    list: vi.fn(async (url: string) => [...db.values()].filter((a) => a.url === url).map((a) => structuredClone(a))),
    add: vi.fn(async (input: AnnotationInput) => {
      const record = createAnnotation(input);
      db.set(record.id, record);
      return structuredClone(record);
    }),
    update: vi.fn(async (id: string, patch: AnnotationPatch) => {
      const current = db.get(id);
      if (!current) throw new Error(`no annotation with id ${id}`);
      const next = { ...current, ...patch, updated: current.updated + 1 };
      if (patch.tags) next.tags = normalizeTags(patch.tags);
      db.set(id, next);
      return structuredClone(next);
    }),
    // As storage/annotations.ts: the anchor moves, `updated` stays.
    follow: vi.fn(async (id: string, anchor: Pick<AnnotationPatch, 'quote' | 'position'>) => {
      const current = db.get(id);
      if (!current) throw new Error(`no annotation with id ${id}`);
      const next = { ...current, ...anchor };
      db.set(id, next);
      return structuredClone(next);
    }),
    remove: vi.fn(async (id: string) => {
      const current = db.get(id);
      if (!current) throw new Error(`no annotation with id ${id}`);
      db.delete(id);
      return current;
    }),
    recordPage: vi.fn(async (record: PageRecord) => {
      pages.push(record);
      return record;
    }),
  };
  /** Every tag in use, as the background answers the note frame. */
  const tags = async (): Promise<TagCount[]> => {
    const counts = new Map<string, number>();
    for (const a of db.values()) for (const tag of a.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    return [...counts].map(([tag, count]) => ({ tag, count }));
  };
  return { api, db, pages, tags };
}
