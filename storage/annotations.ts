import { normalizeUrl } from '../utils/normalize-url';
import { checkRecord } from './check-record';
import type { GovMarkDB } from './db';
import { sameAnnotation } from './plan-import';
import { MAX_TIME } from './schemas';
import { normalizeTags } from './tags';
import { type Annotation, type AnnotationInput, type AnnotationPatch, DEFAULT_NOTE_COLOR } from './types';

/** Page-level notes first, then by where the quote starts, then oldest first. */
export function compareReadingOrder(a: Annotation, b: Annotation): number {
  const startA = a.position?.start ?? -1;
  const startB = b.position?.start ?? -1;
  return startA - startB || a.created - b.created;
}

/** Builds the stored record from what a caller supplied: its id or a fresh UUID, both times `now`, tags normalised. */
export function createAnnotation(input: AnnotationInput, now = Date.now()): Annotation {
  const url = normalizeUrl(input.url);
  const record: Annotation = {
    id: input.id ?? crypto.randomUUID(),
    url,
    title: input.title ?? '',
    reportKey: input.reportKey || url,
    note: input.note ?? '',
    tags: normalizeTags(input.tags ?? []),
    color: input.color ?? DEFAULT_NOTE_COLOR,
    created: now,
    updated: now,
  };
  if (input.quote) record.quote = input.quote;
  if (input.position) record.position = input.position;
  return record;
}

/**
 * Stores a new annotation and returns it as stored. Idempotent for a client-made id: a retry whose first
 * try was stored gets that record back; an id taken by another page's note is refused.
 */
export async function addAnnotation(db: GovMarkDB, input: AnnotationInput, now = Date.now()): Promise<Annotation> {
  const record = checkRecord(createAnnotation(input, now));
  return db.transaction('rw', db.annotations, async () => {
    const existing = input.id === undefined ? undefined : await db.annotations.get(record.id);
    if (existing) {
      if (existing.url !== record.url) throw new Error(`id ${record.id} is already in use`);
      return existing;
    }
    await db.annotations.add(record);
    return record;
  });
}

/** The annotation with this id, if any. */
export function getAnnotation(db: GovMarkDB, id: string): Promise<Annotation | undefined> {
  return db.annotations.get(id);
}

/**
 * Applies an edit and bumps `updated` past the previous value, so the edit wins a later import, but never past
 * the last time an export can write (a note dated then stays editable); undefined when the id is unknown.
 */
export function updateAnnotation(
  db: GovMarkDB,
  id: string,
  patch: AnnotationPatch,
  now = Date.now(),
): Promise<Annotation | undefined> {
  return db.transaction('rw', db.annotations, async () => {
    const current = await db.annotations.get(id);
    if (!current) return undefined;
    const next: Annotation = {
      ...current,
      ...definedFields(patch),
      updated: Math.min(Math.max(now, current.updated + 1), MAX_TIME),
    };
    if (patch.tags) next.tags = normalizeTags(patch.tags);
    const stored = checkRecord(next);
    await db.annotations.put(stored);
    return stored;
  });
}

/**
 * Moves a note's anchor to where its words now stand on a page that changed (the page found them by the quote):
 * the reader changed nothing, so `updated` stays, and an edit made elsewhere still wins a later import.
 */
export function followAnnotation(
  db: GovMarkDB,
  id: string,
  anchor: Pick<AnnotationPatch, 'quote' | 'position'>,
): Promise<Annotation | undefined> {
  return db.transaction('rw', db.annotations, async () => {
    const current = await db.annotations.get(id);
    if (!current) return undefined;
    const stored = checkRecord({ ...current, ...definedFields(anchor) });
    await db.annotations.put(stored);
    return stored;
  });
}

/** Deletes an annotation and returns the record, so the caller can undo with restoreAnnotation. */
export function deleteAnnotation(db: GovMarkDB, id: string): Promise<Annotation | undefined> {
  return db.transaction('rw', db.annotations, async () => {
    const current = await db.annotations.get(id);
    if (current) await db.annotations.delete(id);
    return current;
  });
}

/** Puts a whole record back as it was (undo of a delete); replaces any record with the same id. */
export async function restoreAnnotation(db: GovMarkDB, record: Annotation): Promise<Annotation> {
  const stored = checkRecord({ ...record, url: normalizeUrl(record.url) });
  await db.transaction('rw', db.annotations, () => db.annotations.put(stored));
  return stored;
}

/** The annotations of one page (URL normalised here), in reading order. */
export async function listByUrl(db: GovMarkDB, url: string): Promise<Annotation[]> {
  const records = await db.annotations.where('url').equals(normalizeUrl(url)).toArray();
  return records.sort(compareReadingOrder);
}

/** The annotations of every page of one report, by page URL and then in reading order. */
export async function listByReportKey(db: GovMarkDB, reportKey: string): Promise<Annotation[]> {
  const records = await db.annotations.where('reportKey').equals(reportKey).toArray();
  return records.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : compareReadingOrder(a, b)));
}

/** The annotations carrying a tag (multi-entry index), newest first. */
export async function listByTag(db: GovMarkDB, tag: string): Promise<Annotation[]> {
  const records = await db.annotations.where('tags').equals(tag).toArray();
  return records.sort((a, b) => b.updated - a.updated);
}

/** One page of all annotations, most recently updated first. */
export function listAll(db: GovMarkDB, { offset = 0, limit = Number.POSITIVE_INFINITY } = {}): Promise<Annotation[]> {
  return db.annotations.orderBy('updated').reverse().offset(offset).limit(limit).toArray();
}

/** How many annotations are stored. */
export function countAnnotations(db: GovMarkDB): Promise<number> {
  return db.annotations.count();
}

/** What an import writes: new records (ids not yet stored) and replacements for stored ones. */
export interface ImportPlan {
  add: Annotation[];
  update: Annotation[];
}

/** What confirming an import did; `keptLocal` lists records edited here after the plan was made (本地有更新的版本，保留本地). */
export interface ImportResult {
  added: number;
  updated: number;
  keptLocal: Annotation[];
}

/**
 * Writes an import plan in one transaction, re-checking each record against the database as it is now:
 * the plan may be minutes old. A record stored since is added only if absent, replaced only if the file's
 * copy is newer, and kept (and reported) where the local copy is as new or newer. If any write fails,
 * nothing is written.
 */
export async function applyImport(db: GovMarkDB, plan: ImportPlan): Promise<ImportResult> {
  const records = [...plan.add, ...plan.update].map((record) =>
    checkRecord({ ...record, url: normalizeUrl(record.url) }),
  );
  return db.transaction('rw', db.annotations, async () => {
    const current = await db.annotations.bulkGet(records.map((record) => record.id));
    const add: Annotation[] = [];
    const update: Annotation[] = [];
    const keptLocal: Annotation[] = [];
    records.forEach((record, i) => {
      const local = current[i];
      if (!local) add.push(record);
      else if (sameAnnotation(local, record)) return;
      else if (record.updated > local.updated) update.push(record);
      else keptLocal.push(local);
    });
    // An uncaught BulkError aborts the transaction, which rolls back both writes.
    await db.annotations.bulkAdd(add);
    await db.annotations.bulkPut(update);
    return { added: add.length, updated: update.length, keptLocal };
  });
}

function definedFields<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}
