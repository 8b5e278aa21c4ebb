import * as v from 'valibot';
import { t } from '../utils/i18n';
import { checkRecord, InvalidRecordError } from './check-record';
import { EXPORT_FORMAT, EXPORT_SCHEMA_VERSION } from './export-json';
import type { Annotation } from './types';
import { IMPORT_LIMITS, isIsoDate, UNDATED, webAnnotationSchema } from './web-annotation-schema';

export { type ImportPlan, planImport } from './plan-import';

export type ParseImportResult =
  | { ok: true; records: Annotation[]; source: 'govmark' | 'w3c' }
  | { ok: false; error: string };

const fail = (error: string): ParseImportResult => ({ ok: false, error });
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function pathOf(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    path += typeof item.key === 'number' ? `[${item.key}]` : `${path ? '.' : ''}${String(item.key)}`;
  }
  return path;
}

/** Our own reasons are in the reader's language (storage/say.ts); valibot's type errors ("Invalid type: …") are reworded here. */
function reasonOf(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.received === 'undefined') return t('importMissingField');
  if (issue.message.startsWith('Invalid ')) return t('importWrongType', [String(issue.expected), issue.received]);
  return issue.message;
}

/** Where a stored record's field comes from in a file, to name it when the database's own check refuses one. */
const FILE_FIELD: Record<string, string> = {
  id: 'id',
  url: 'target.source',
  title: 'govmark.title',
  reportKey: 'govmark.reportKey',
  quote: 'target.selector',
  position: 'target.selector',
  note: 'body',
  tags: 'body',
  color: 'govmark.color',
  created: 'created',
  updated: 'modified',
};

function describeRecord(index: number, item: unknown): string {
  const id =
    isObject(item) && typeof item.id === 'string' ? `id: ${JSON.stringify(item.id.slice(0, 80))}` : t('importNoId');
  return t('importRecord', [String(index + 1), id]);
}

/**
 * Reads a GovMark JSON export (schemaVersion 1) or a bare array of W3C annotations. Everything is
 * validated before anything is returned: one bad record fails the whole file, naming it and the field.
 * `now` is this computer's clock, which no note's date may be far past (a seam for tests).
 */
export function parseImport(text: string, now = Date.now()): ParseImportResult {
  if (text.length > IMPORT_LIMITS.chars) return fail(t('importTooLarge'));
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // The parser's own words are the browser's, in its language and its terms: the reader needs what to do.
    return fail(t('importNotJson'));
  }

  let items: unknown[];
  let source: 'govmark' | 'w3c';
  if (Array.isArray(data)) {
    items = data;
    source = 'w3c';
  } else if (isObject(data) && data.format === EXPORT_FORMAT) {
    const version = data.schemaVersion;
    if (typeof version === 'number' && version > EXPORT_SCHEMA_VERSION) {
      return fail(t('importNewerVersion', [String(version), String(EXPORT_SCHEMA_VERSION)]));
    }
    if (version !== EXPORT_SCHEMA_VERSION)
      return fail(t('importUnsupportedVersion', JSON.stringify(version) ?? t('importMissingValue')));
    if (typeof data.exportedAt !== 'string' || !isIsoDate(data.exportedAt)) {
      return fail(t('importBadExportedAt'));
    }
    if (!Array.isArray(data.annotations)) return fail(t('importNoAnnotations'));
    items = data.annotations;
    source = 'govmark';
  } else {
    const format =
      isObject(data) && typeof data.format === 'string' ? t('importFormatIs', JSON.stringify(data.format)) : '';
    return fail(t('importNotGovMark', format));
  }

  if (items.length > IMPORT_LIMITS.records) {
    return fail(t('importTooMany', [String(items.length), String(IMPORT_LIMITS.records)]));
  }
  const schema = webAnnotationSchema(now);
  const records: Annotation[] = [];
  const firstIndexById = new Map<string, number>();
  for (const [index, item] of items.entries()) {
    if (!isObject(item)) return fail(t('importNotObject', describeRecord(index, item)));
    const result = v.safeParse(schema, item);
    if (!result.success) {
      const [issue] = result.issues;
      const path = pathOf(issue);
      const record = describeRecord(index, item);
      return fail(
        path
          ? t('importFieldWrong', [record, path, reasonOf(issue)])
          : t('importRecordWrong', [record, reasonOf(issue)]),
      );
    }
    // The database's own gate too, so a plan never holds a record that confirming would refuse.
    try {
      const undated = result.output.created === UNDATED;
      checkRecord(undated ? { ...result.output, created: now, updated: now } : result.output);
    } catch (error) {
      if (!(error instanceof InvalidRecordError)) throw error;
      const key = String(error.issue.path?.[0]?.key);
      const field = Object.hasOwn(FILE_FIELD, key) ? FILE_FIELD[key] : undefined;
      const record = describeRecord(index, item);
      return fail(
        field
          ? t('importFieldWrong', [record, field, reasonOf(error.issue)])
          : t('importRecordWrong', [record, reasonOf(error.issue)]),
      );
    }
    const first = firstIndexById.get(result.output.id);
    if (first !== undefined) return fail(t('importDuplicateId', [describeRecord(index, item), String(first + 1)]));
    firstIndexById.set(result.output.id, index);
    records.push(result.output);
  }
  return { ok: true, records, source };
}
