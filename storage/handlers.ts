import type * as v from 'valibot';
import type { StorageProtocol, StorageReply } from '../utils/protocol-storage';
import {
  addAnnotation,
  applyImport,
  countAnnotations,
  deleteAnnotation,
  listAll,
  listByReportKey,
  listByTag,
  listByUrl,
  restoreAnnotation,
  updateAnnotation,
} from './annotations';
import type { GovMarkDB } from './db';
import { clearPages, listPages, listPagesByReportKey, putPage } from './pages';
import {
  AnnotationInputSchema,
  IdPayloadSchema,
  ImportPayloadSchema,
  LIMITS,
  ListAllPayloadSchema,
  NoPayloadSchema,
  PageRecordSchema,
  parsePayload,
  ReportKeyPayloadSchema,
  RestorePayloadSchema,
  TagPayloadSchema,
  UpdatePayloadSchema,
  UrlPayloadSchema,
} from './schemas';
import { allTags } from './tags';

type ReplyValue<K extends keyof StorageProtocol> =
  ReturnType<StorageProtocol[K]> extends StorageReply<infer T> ? T : never;

/** One handler per storage message: takes the raw payload, replies `{ ok, value }` or `{ ok: false, error }`. */
export type StorageHandlers = {
  [K in keyof StorageProtocol]: (data: unknown) => Promise<ReturnType<StorageProtocol[K]>>;
};

/** Validates first, then runs; a database failure becomes `{ ok: false }` too, never a thrown error. */
function handler<K extends keyof StorageProtocol, S extends v.GenericSchema>(
  name: K,
  schema: S,
  run: (data: v.InferOutput<S>) => Promise<ReplyValue<K>>,
): (data: unknown) => Promise<StorageReply<ReplyValue<K>>> {
  return async (data) => {
    const parsed = parsePayload(schema, data);
    if (!parsed.ok) return { ok: false, error: `${name}: ${parsed.error}` };
    try {
      return { ok: true, value: await run(parsed.value) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: `${name}: ${message}` };
    }
  };
}

function found<T>(id: string, record: T | undefined): T {
  if (record === undefined) throw new Error(`no annotation with id ${id}`);
  return record;
}

/** The storage message handlers over one database; the background wires them, tests call them directly. */
export function makeStorageHandlers(db: GovMarkDB): StorageHandlers {
  return {
    'notes:listForUrl': handler('notes:listForUrl', UrlPayloadSchema, ({ url }) => listByUrl(db, url)),
    'notes:listForReport': handler('notes:listForReport', ReportKeyPayloadSchema, ({ reportKey }) =>
      listByReportKey(db, reportKey),
    ),
    'notes:listForTag': handler('notes:listForTag', TagPayloadSchema, ({ tag }) => listByTag(db, tag)),
    'notes:listAll': handler('notes:listAll', ListAllPayloadSchema, ({ offset, limit }) =>
      listAll(db, { offset, limit: limit ?? LIMITS.pageSize }),
    ),
    'notes:count': handler('notes:count', NoPayloadSchema, () => countAnnotations(db)),
    'notes:add': handler('notes:add', AnnotationInputSchema, (input) => addAnnotation(db, input)),
    'notes:update': handler('notes:update', UpdatePayloadSchema, async ({ id, patch }) =>
      found(id, await updateAnnotation(db, id, patch)),
    ),
    'notes:delete': handler('notes:delete', IdPayloadSchema, async ({ id }) =>
      found(id, await deleteAnnotation(db, id)),
    ),
    'notes:restore': handler('notes:restore', RestorePayloadSchema, ({ record }) => restoreAnnotation(db, record)),
    'notes:import': handler('notes:import', ImportPayloadSchema, (plan) => applyImport(db, plan)),
    'tags:all': handler('tags:all', NoPayloadSchema, () => allTags(db)),
    'pages:recordReport': handler('pages:recordReport', PageRecordSchema, (record) => putPage(db, record)),
    'pages:list': handler('pages:list', NoPayloadSchema, () => listPages(db)),
    'pages:listForReport': handler('pages:listForReport', ReportKeyPayloadSchema, ({ reportKey }) =>
      listPagesByReportKey(db, reportKey),
    ),
    'pages:clear': handler('pages:clear', NoPayloadSchema, () => clearPages(db)),
  };
}
