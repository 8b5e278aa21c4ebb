import { vi } from 'vitest';
import { createAnnotation } from '../../../storage/annotations';
import { normalizeTags, type TagCount } from '../../../storage/tags';
import type { Annotation, AnnotationInput, AnnotationPatch, PageRecord } from '../../../storage/types';
import type { NotesApi } from './notes-api';

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
    remove: vi.fn(async (id: string) => {
      const current = db.get(id);
      if (!current) throw new Error(`no annotation with id ${id}`);
      db.delete(id);
      return current;
    }),
    tags: vi.fn(async (): Promise<TagCount[]> => {
      const counts = new Map<string, number>();
      for (const a of db.values()) for (const tag of a.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
      return [...counts].map(([tag, count]) => ({ tag, count }));
    }),
    recordPage: vi.fn(async (record: PageRecord) => {
      pages.push(record);
      return record;
    }),
  };
  return { api, db, pages };
}
