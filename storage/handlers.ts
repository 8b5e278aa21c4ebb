import type * as v from 'valibot';
import { normalizeUrl } from '../utils/normalize-url';
import type { StorageProtocol, StorageReply } from '../utils/protocol-storage';
import {
  addAnnotation,
  applyImport,
  countAnnotations,
  deleteAnnotation,
  followAnnotation,
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
  FollowPayloadSchema,
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
import { EXTENSION_SCOPE, mayCall, type SenderScope } from './sender-scope';
import { allTags } from './tags';
import type { Annotation } from './types';

type ReplyValue<K extends keyof StorageProtocol> =
  ReturnType<StorageProtocol[K]> extends StorageReply<infer T> ? T : never;

/**
 * One handler per storage message: takes the raw payload and who sent it (the background's reading of the
 * browser's `sender`; tests default to an extension page), replies `{ ok, value }` or `{ ok: false, error }`.
 */
export type StorageHandlers = {
  [K in keyof StorageProtocol]: (data: unknown, scope?: SenderScope) => Promise<ReturnType<StorageProtocol[K]>>;
};

/** Checks the sender, validates, then runs; any failure becomes `{ ok: false }` with a message, never a throw or stack. */
function handler<K extends keyof StorageProtocol, S extends v.GenericSchema>(
  name: K,
  schema: S,
  run: (data: v.InferOutput<S>, scope: SenderScope) => Promise<ReplyValue<K>>,
): (data: unknown, scope?: SenderScope) => Promise<StorageReply<ReplyValue<K>>> {
  return async (data, scope = EXTENSION_SCOPE) => {
    if (!mayCall(scope, name)) return { ok: false, error: `${name}: not allowed from a web page` };
    const parsed = parsePayload(schema, data);
    if (!parsed.ok) return { ok: false, error: `${name}: ${parsed.error}` };
    try {
      return { ok: true, value: await run(parsed.value, scope) };
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

/** A page may name only its own URL (the sender's tab's, not the payload's); the URL to use. */
function ownUrl(scope: SenderScope, url: string): string {
  if (scope.role === 'extension') return url;
  if (normalizeUrl(url) !== scope.url) throw new Error('not this page');
  return scope.url;
}

/** A page may change only its own page's notes; an id from elsewhere reads as unknown (it learns nothing). */
async function ownRecord(db: GovMarkDB, scope: SenderScope, id: string): Promise<void> {
  if (scope.role === 'extension') return;
  const record: Annotation | undefined = await db.annotations.get(id);
  if (record?.url !== scope.url) throw new Error(`no annotation with id ${id}`);
}

/** The storage message handlers over one database; the background wires them, tests call them directly. */
export function makeStorageHandlers(db: GovMarkDB): StorageHandlers {
  return {
    'notes:listForUrl': handler('notes:listForUrl', UrlPayloadSchema, ({ url }, scope) =>
      listByUrl(db, ownUrl(scope, url)),
    ),
    'notes:listForReport': handler('notes:listForReport', ReportKeyPayloadSchema, ({ reportKey }) =>
      listByReportKey(db, reportKey),
    ),
    'notes:listForTag': handler('notes:listForTag', TagPayloadSchema, ({ tag }) => listByTag(db, tag)),
    'notes:listAll': handler('notes:listAll', ListAllPayloadSchema, ({ offset, limit }) =>
      listAll(db, { offset, limit: limit ?? LIMITS.pageSize }),
    ),
    'notes:count': handler('notes:count', NoPayloadSchema, () => countAnnotations(db)),
    'notes:add': handler('notes:add', AnnotationInputSchema, (input, scope) =>
      addAnnotation(db, { ...input, url: ownUrl(scope, input.url) }),
    ),
    'notes:update': handler('notes:update', UpdatePayloadSchema, async ({ id, patch }, scope) => {
      await ownRecord(db, scope, id);
      return found(id, await updateAnnotation(db, id, patch));
    }),
    'notes:follow': handler('notes:follow', FollowPayloadSchema, async ({ id, anchor }, scope) => {
      await ownRecord(db, scope, id);
      return found(id, await followAnnotation(db, id, anchor));
    }),
    'notes:delete': handler('notes:delete', IdPayloadSchema, async ({ id }, scope) => {
      await ownRecord(db, scope, id);
      return found(id, await deleteAnnotation(db, id));
    }),
    'notes:restore': handler('notes:restore', RestorePayloadSchema, ({ record }) => restoreAnnotation(db, record)),
    'notes:import': handler('notes:import', ImportPayloadSchema, (plan) => applyImport(db, plan)),
    // Every tag: asked only by our own pages and the note frame (storage/sender-scope.ts).
    'tags:all': handler('tags:all', NoPayloadSchema, () => allTags(db)),
    'pages:recordReport': handler('pages:recordReport', PageRecordSchema, (record, scope) =>
      putPage(db, { ...record, url: ownUrl(scope, record.url) }),
    ),
    'pages:list': handler('pages:list', NoPayloadSchema, () => listPages(db)),
    'pages:listForReport': handler('pages:listForReport', ReportKeyPayloadSchema, ({ reportKey }) =>
      listPagesByReportKey(db, reportKey),
    ),
    'pages:clear': handler('pages:clear', NoPayloadSchema, () => clearPages(db)),
  };
}
