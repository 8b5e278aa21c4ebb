import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TagCount } from '../../storage/tags';
import type { Annotation, AnnotationInput, AnnotationPatch } from '../../storage/types';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';
import { normalizeUrl } from '../../utils/normalize-url';
import { listenForNotesChanged } from '../../utils/notes-changed';
import { type OpenNoteResult, showInTab } from '../../utils/open-note';
import type { NotesChanged, PageNotesReply, PageNotesState } from '../../utils/protocol-notes';
import type { StorageReply } from '../../utils/protocol-storage';
import { writeFailure } from '../../utils/write-failure';
import type { CurrentTab } from './current-tab';

/** Everything the popup's notes section asks of the extension; tests pass fakes. */
export interface PopupNotesApi {
  /** The content script's view of the page; rejects when no GovMark script runs there. */
  pageState(tabId: number): Promise<PageNotesState>;
  /** Hears of every note write (background/notes-changed.ts); returns the function that stops listening. */
  onChanged?(listener: (change: NotesChanged) => void): () => void;
  reattach(tabId: number, id: string): Promise<PageNotesReply<Annotation>>;
  list(url: string): Promise<StorageReply<Annotation[]>>;
  tags(): Promise<StorageReply<TagCount[]>>;
  add(input: AnnotationInput): Promise<StorageReply<Annotation>>;
  update(id: string, patch: AnnotationPatch): Promise<StorageReply<Annotation>>;
  remove(id: string): Promise<StorageReply<Annotation>>;
  restore(record: Annotation): Promise<StorageReply<Annotation>>;
  openTab(url: string): Promise<unknown>;
  /** Brings a note's passage into view in the tab (utils/open-note.ts). */
  showNote?(tabId: number, id: string): Promise<OpenNoteResult>;
  extensionUrl(path: '/library.html'): string;
}

export const popupNotesApi: PopupNotesApi = {
  pageState: (tabId) => sendMessage('pageNotes:state', undefined, tabId),
  onChanged: listenForNotesChanged,
  reattach: (tabId, id) => sendMessage('pageNotes:reattach', { id }, tabId),
  list: (url) => sendMessage('notes:listForUrl', { url }),
  tags: () => sendMessage('tags:all', undefined),
  add: (input) => sendMessage('notes:add', input),
  update: (id, patch) => sendMessage('notes:update', { id, patch }),
  remove: (id) => sendMessage('notes:delete', { id }),
  restore: (record) => sendMessage('notes:restore', { record }),
  openTab: (url) => browser.tabs.create({ url }),
  showNote: (tabId, id) => showInTab(tabId, id),
  // tsconfig leaves out WXT's generated .wxt types, where getURL's typed overloads live.
  extensionUrl: (path) => (browser.runtime as unknown as { getURL(path: string): string }).getURL(path),
};

export interface PageNotesData {
  /** `no-url`: neither the page's script nor the browser tells us the address. */
  status: 'loading' | 'ready' | 'no-url';
  url: string;
  title: string;
  reportKey: string;
  /** GovMark runs on the page's article: notes can be re-attached to a selection there. */
  onPage: boolean;
  notes: Annotation[];
  /** Quoted notes whose words the page no longer has (未能定位). */
  unplaced: ReadonlySet<string>;
  knownTags: TagCount[];
  /** A problem to tell the reader, in their language. */
  message?: string;
  /** The note just deleted, for undo. */
  deleted?: Annotation;
}

const INITIAL: PageNotesData = {
  status: 'loading',
  url: '',
  title: '',
  reportKey: '',
  onPage: false,
  notes: [],
  unplaced: new Set(),
  knownTags: [],
};

function replyValue<T>(reply: StorageReply<T> | PageNotesReply<T>): T {
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/**
 * The notes of the popup's tab: listed from storage for the page's URL (from the page's script, else the
 * tab), the unplaced ones as the page's script reports them, and the actions of the notes section. Read
 * again whenever this page's notes are written anywhere (the `notes:changed` signal, which the page has
 * heard and followed first).
 */
export function usePageNotes(
  tab: CurrentTab | undefined,
  /** Changes when GovMark starts or stops on the page (e.g. "analyse anyway"): the notes are read again. */
  pageKey = '',
  api: PopupNotesApi = popupNotesApi,
) {
  const [data, setData] = useState<PageNotesData>(INITIAL);

  const load = useCallback(
    /** `extra` after one of the popup's own actions; a write elsewhere (no extra) keeps the undo offer. */
    async (extra?: Partial<PageNotesData>) => {
      if (!tab) return;
      const page = await api.pageState(tab.id).catch(() => undefined);
      const url = page?.url ?? (tab.url && /^https?:/i.test(tab.url) ? normalizeUrl(tab.url) : '');
      if (!url) {
        setData({ ...INITIAL, status: 'no-url' });
        return;
      }
      try {
        const [notes, knownTags] = await Promise.all([
          api.list(url).then(replyValue),
          api.tags().then(replyValue, () => [] as TagCount[]),
        ]);
        setData((now) => ({
          deleted: extra ? undefined : now.deleted,
          status: 'ready',
          url,
          title: page?.title ?? '',
          reportKey: page?.reportKey ?? url,
          onPage: !!page?.active,
          notes,
          unplaced: new Set(page?.unplaced ?? []),
          knownTags,
          ...extra,
        }));
      } catch (error) {
        setData((now) => ({ ...now, status: 'ready', url, message: t('notesLoadFailed', String(error)) }));
      }
    },
    [tab, api],
  );

  // pageKey is the reason to read again, not a value the effect uses.
  useEffect(() => {
    void load();
  }, [load, pageKey]);

  const url = useRef('');
  url.current = data.url;
  useEffect(
    () =>
      api.onChanged?.((change) => {
        if (change.urls.includes(url.current)) void load();
      }),
    [api, load],
  );

  /** Runs one change; on failure the reason is shown and nothing else changes. Resolves whether it succeeded. */
  const run = async (change: () => Promise<Partial<PageNotesData> | undefined>) => {
    setData((now) => ({ ...now, message: undefined }));
    let extra: Partial<PageNotesData> | undefined;
    try {
      extra = await change();
    } catch (error) {
      // A rejected message (worker stopped) or a refused write (quota): said where it happened.
      setData((now) => ({ ...now, message: t('notesActionFailed', writeFailure(error)) }));
      return false;
    }
    await load(extra ?? {});
    return true;
  };

  return {
    data,
    addPageNote: (note: string, tags: string[], id?: string) =>
      run(async () => {
        await api.add({ id, url: data.url, title: data.title, reportKey: data.reportKey, note, tags }).then(replyValue);
        return undefined;
      }),
    update: (id: string, patch: AnnotationPatch) =>
      run(async () => {
        await api.update(id, patch).then(replyValue);
        return undefined;
      }),
    remove: (id: string) => run(async () => ({ deleted: await api.remove(id).then(replyValue) })),
    undo: () =>
      run(async () => {
        if (data.deleted) await api.restore(data.deleted).then(replyValue);
        return { deleted: undefined };
      }),
    reattach: (id: string) =>
      run(async () => {
        if (!tab) return undefined;
        await api.reattach(tab.id, id).then(replyValue);
        return undefined;
      }),
    /** Scrolls the page to a note's passage and closes the popup, which would cover it; says so when it is gone. */
    open: (id: string) =>
      run(async () => {
        if (!tab || !api.showNote) return undefined;
        const result = await api.showNote(tab.id, id);
        if (result === 'unplaced') throw new Error(t('noteUnplacedNow'));
        if (result === 'failed') throw new Error(t('noteOpenFailed'));
        if (api.showNote === popupNotesApi.showNote) window.close();
        return undefined;
      }),
    openLibrary: () => void api.openTab(api.extensionUrl('/library.html')),
    exportPage: () =>
      void api.openTab(`${api.extensionUrl('/library.html')}?export=json&url=${encodeURIComponent(data.url)}`),
  };
}

export type PageNotesModel = ReturnType<typeof usePageNotes>;
