import type { ImportPlan, ImportResult } from '../storage/annotations';
import type { TagCount } from '../storage/tags';
import type { Annotation, AnnotationInput, AnnotationPatch, PageRecord } from '../storage/types';

/** Every storage reply: the value, or why nothing happened (a malformed payload names its field). */
export type StorageReply<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Messages from content scripts and extension pages to the background's storage (issue 4). One JSDoc
 * line each. The background validates every payload (storage/schemas.ts) and strips unknown keys.
 */
export type StorageProtocol = {
  /** The annotations of one page (URL normalised by the background), in reading order. */
  'notes:listForUrl'(data: { url: string }): StorageReply<Annotation[]>;
  /** The annotations of every page of one report, by page and then reading order. */
  'notes:listForReport'(data: { reportKey: string }): StorageReply<Annotation[]>;
  /** The annotations carrying one tag, newest first. */
  'notes:listForTag'(data: { tag: string }): StorageReply<Annotation[]>;
  /** One page of all annotations, most recently updated first (limit ≤ 1000, default 1000). */
  'notes:listAll'(data?: { offset?: number; limit?: number }): StorageReply<Annotation[]>;
  /** How many annotations are stored. */
  'notes:count'(): StorageReply<number>;
  /** Creates an annotation; replies with the stored record (id, times, normalised URL and tags). */
  'notes:add'(data: AnnotationInput): StorageReply<Annotation>;
  /** Edits an annotation (note, tags, colour, quote/position to re-attach); replies with the new record. */
  'notes:update'(data: { id: string; patch: AnnotationPatch }): StorageReply<Annotation>;
  /** Moves a note's anchor to where its words now stand (the page changed); `updated` stays. */
  'notes:follow'(data: { id: string; anchor: Pick<AnnotationPatch, 'quote' | 'position'> }): StorageReply<Annotation>;
  /** Deletes an annotation; replies with the deleted record so the caller can offer undo. */
  'notes:delete'(data: { id: string }): StorageReply<Annotation>;
  /** Puts a deleted record back exactly as it was (undo). */
  'notes:restore'(data: { record: Annotation }): StorageReply<Annotation>;
  /** Writes an import plan in one transaction (all or nothing), re-checked record by record; newer local edits are kept. */
  'notes:import'(data: ImportPlan): StorageReply<ImportResult>;
  /** Every tag in use with its count, most used first (for autocomplete and filters). */
  'tags:all'(): StorageReply<TagCount[]>;
  /** Records a report page the reader opened, with the engine's findings summary. */
  'pages:recordReport'(data: PageRecord): StorageReply<PageRecord>;
  /** Every recorded report page, most recently seen first. */
  'pages:list'(): StorageReply<PageRecord[]>;
  /** The recorded pages of one report. */
  'pages:listForReport'(data: { reportKey: string }): StorageReply<PageRecord[]>;
  /** Forgets every recorded page (annotations stay); replies with how many were removed. */
  'pages:clear'(): StorageReply<number>;
};
