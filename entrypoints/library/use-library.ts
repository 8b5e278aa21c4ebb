import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  countAnnotations,
  deleteAnnotation,
  listAll,
  listByUrl,
  restoreAnnotation,
  updateAnnotation,
} from '../../storage/annotations';
import type { GovMarkDB } from '../../storage/db';
import { clearPages, listPages } from '../../storage/pages';
import { createSearchIndex, type SearchIndex } from '../../storage/search-index';
import type { TagCount } from '../../storage/tags';
import type { Annotation, AnnotationPatch, PageRecord } from '../../storage/types';
import { t } from '../../utils/i18n';
import { listenForNotesChanged } from '../../utils/notes-changed';
import type { NotesChanged } from '../../utils/protocol-notes';
import { reportName } from '../../utils/report-name';
import { writeFailure } from '../../utils/write-failure';
import { filterAnnotations, isFiltered, type LibraryFilter, NO_FILTER } from './filter-annotations';
import { groupedOrder } from './group-annotations';

/** A report the 报告 filter offers: its key (what the filter matches) and its name (what the reader sees). */
export interface ReportChoice {
  key: string;
  name: string;
}

/** How many annotations are rendered at first and added by each "show more". */
export const PAGE_SIZE = 50;

/** loading: nothing yet; partial: the newest page only; ready: every annotation (search may still be indexing). */
export type LoadStatus = 'loading' | 'partial' | 'ready';

export interface Deleted {
  record: Annotation;
  position: number;
}

/**
 * The library's state: every annotation in memory (newest first), the search index built once and kept
 * up to date on edit and delete, filters, paging, and undo of the last delete.
 */
export function useLibrary(
  db: GovMarkDB,
  initialFilter: LibraryFilter = NO_FILTER,
  /** Writes made elsewhere (a page, the popup, another library tab); tests pass their own. */
  changes: (listener: (change: NotesChanged) => void) => () => void = listenForNotesChanged,
) {
  const indexRef = useRef<SearchIndex | undefined>(undefined);
  indexRef.current ??= createSearchIndex();
  const index = indexRef.current;

  const [records, setRecords] = useState<Annotation[]>([]);
  const [pages, setPages] = useState<PageRecord[]>([]);
  const [status, setStatus] = useState<LoadStatus>('loading');
  const [count, setCount] = useState(0);
  const [indexReady, setIndexReady] = useState(false);
  // Bumped whenever the index changes, so the search result is recomputed.
  const [indexVersion, setIndexVersion] = useState(0);
  const [query, setQueryState] = useState('');
  const [filter, setFilterState] = useState<LibraryFilter>(initialFilter);
  const [shown, setShown] = useState(PAGE_SIZE);
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [error, setError] = useState<string>();
  // The list as last rendered, for handlers that need a position without waiting for a state update.
  const recordsRef = useRef(records);
  recordsRef.current = records;

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    (async () => {
      // The newest page first, so the list shows at once; then everything, for search, filters and export.
      const [first, stored] = await Promise.all([listAll(db, { limit: PAGE_SIZE }), countAnnotations(db)]);
      if (signal.aborted) return;
      setRecords(first);
      setCount(stored);
      setStatus('partial');
      const [all, seen] = await Promise.all([listAll(db), listPages(db)]);
      if (signal.aborted) return;
      setRecords(all);
      setPages(seen);
      setStatus('ready');
      await index.putAll(all, { signal });
      if (signal.aborted) return;
      setIndexReady(true);
      setIndexVersion((v) => v + 1);
    })().catch((e: unknown) => setError(String(e)));
    return () => controller.abort();
  }, [db, index]);

  // indexVersion stands for the index's content, which changes in place.
  const matches = useMemo(() => {
    if (query.trim() === '') return null;
    // Until the index is built a search finds nothing yet (the page says so), rather than everything.
    return indexReady ? index.search(query) : new Set<string>();
  }, [query, indexReady, indexVersion, index]);

  const filtered = useMemo(() => groupedOrder(filterAnnotations(records, filter, matches)), [records, filter, matches]);

  const tags = useMemo<TagCount[]>(() => {
    const counts = new Map<string, number>();
    for (const a of records) for (const tag of a.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    return [...counts]
      .map(([tag, count]) => ({ tag, count }))
      .sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  }, [records]);

  /** Every report with notes, by key, each named as a person would (utils/report-name.ts). */
  const reports = useMemo<ReportChoice[]>(() => {
    const titles = new Map<string, string[]>();
    for (const a of records) titles.set(a.reportKey, [...(titles.get(a.reportKey) ?? []), a.title]);
    return [...titles].map(([key, names]) => ({ key, name: reportName(key, names, t('reportUntitled')) }));
  }, [records]);

  // When the current query was set, for the search timing (use-library-timing.ts).
  const searchStarted = useRef<number | undefined>(undefined);
  const setQuery = useCallback((next: string) => {
    searchStarted.current = performance.now();
    setQueryState(next);
    setShown(PAGE_SIZE);
  }, []);

  const setFilter = useCallback((patch: Partial<LibraryFilter>) => {
    setFilterState((current) => ({ ...current, ...patch }));
    setShown(PAGE_SIZE);
  }, []);

  const showMore = useCallback(() => setShown((n) => n + PAGE_SIZE), []);

  /** Saves an edit; the annotation keeps its place in the list until the page is opened again. */
  const save = useCallback(
    async (id: string, patch: AnnotationPatch) => {
      const next = await updateAnnotation(db, id, patch);
      if (!next) return;
      setRecords((list) => list.map((a) => (a.id === id ? next : a)));
      index.put(next);
      setIndexVersion((v) => v + 1);
    },
    [db, index],
  );

  const remove = useCallback(
    async (id: string) => {
      const record = await deleteAnnotation(db, id);
      if (!record) return;
      const position = Math.max(
        0,
        recordsRef.current.findIndex((a) => a.id === id),
      );
      setRecords((list) => list.filter((a) => a.id !== id));
      index.remove(id);
      setIndexVersion((v) => v + 1);
      setDeleted({ record, position });
    },
    [db, index],
  );

  const undo = useCallback(async () => {
    if (!deleted) return;
    setDeleted(null);
    let restored: Annotation;
    try {
      restored = await restoreAnnotation(db, deleted.record);
    } catch (error) {
      setError(t('libraryUndoFailed', writeFailure(error)));
      return;
    }
    setRecords((list) => [...list.slice(0, deleted.position), restored, ...list.slice(deleted.position)]);
    index.put(restored);
    setIndexVersion((v) => v + 1);
  }, [db, deleted, index]);

  const dismissUndo = useCallback(() => setDeleted(null), []);

  /** After an import: reread the list and pages, and index the records the import wrote. */
  const reload = useCallback(
    async (changed: readonly Annotation[]) => {
      const [all, seen] = await Promise.all([listAll(db), listPages(db)]);
      setRecords(all);
      setPages(seen);
      await index.putAll(changed);
      setIndexVersion((v) => v + 1);
    },
    [db, index],
  );

  /** Notes of these pages were written elsewhere: read those pages' notes again (only those), re-index them, drop the deleted. */
  const follow = useCallback(
    async ({ urls }: NotesChanged) => {
      const changed = new Set(urls);
      const before = recordsRef.current.filter((a) => changed.has(a.url)).map((a) => a.id);
      const now = (await Promise.all([...changed].map((url) => listByUrl(db, url)))).flat();
      // Edited notes keep their place (as the library's own edits do), deleted ones leave, new ones come first.
      setRecords((list) => {
        const fresh = new Map(now.map((a) => [a.id, a]));
        const known = new Set(list.map((a) => a.id));
        const added = now.filter((a) => !known.has(a.id)).sort((a, b) => b.updated - a.updated);
        const kept = list.flatMap((a) => (!changed.has(a.url) ? [a] : (fresh.get(a.id) ?? [])));
        return [...added, ...kept];
      });
      const kept = new Set(now.map((a) => a.id));
      for (const id of before) if (!kept.has(id)) index.remove(id);
      await index.putAll(now);
      setIndexVersion((v) => v + 1);
    },
    [db, index],
  );
  useEffect(
    () => changes((change) => void follow(change).catch((e: unknown) => setError(String(e)))),
    [changes, follow],
  );

  /** Forgets which report pages were opened (the targets tables); the notes stay. */
  const clearSeenPages = useCallback(async () => {
    await clearPages(db);
    setPages([]);
  }, [db]);

  return {
    records,
    pages,
    clearSeenPages,
    status,
    indexReady,
    error,
    query,
    setQuery,
    searchStarted,
    filter,
    setFilter,
    filtered,
    filteredOnly: isFiltered(filter, matches),
    /** How many the list holds: while only the newest page is loaded, how many are stored. */
    total: status === 'ready' ? filtered.length : count,
    shown,
    showMore,
    tags,
    reports,
    save,
    remove,
    deleted,
    undo,
    dismissUndo,
    reload,
  };
}

export type Library = ReturnType<typeof useLibrary>;
