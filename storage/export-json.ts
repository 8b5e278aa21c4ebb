import type { Annotation, NoteColor } from './types';
import { GOVMARK_ID_PREFIX } from './web-annotation-schema';

export const EXPORT_FORMAT = 'govmark';
export const EXPORT_SCHEMA_VERSION = 1;
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface CommentBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose: 'commenting';
}
export interface TagBody {
  type: 'TextualBody';
  value: string;
  purpose: 'tagging';
}

/** One annotation in the W3C Web Annotation model, plus GovMark's own fields under `govmark`. */
export interface WebAnnotation {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  created: string;
  modified: string;
  /** Absent when there is neither a note nor a tag (a bare highlight). */
  body?: (CommentBody | TagBody)[];
  target: {
    source: string;
    /** Absent for a page-level note. */
    selector?: (
      | { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
      | { type: 'TextPositionSelector'; start: number; end: number }
    )[];
  };
  /** What the W3C model has no place for; `utf16` is the stored position in UTF-16 code units. */
  govmark: { title: string; reportKey: string; color: NoteColor; utf16?: { start: number; end: number } };
}

export interface GovmarkExport {
  format: typeof EXPORT_FORMAT;
  schemaVersion: typeof EXPORT_SCHEMA_VERSION;
  exportedAt: string;
  annotations: WebAnnotation[];
}

const LOWER_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A UUID as `urn:uuid:`; any other id (legacy, another tool's) encoded under our own URN so it comes back exactly. */
export function exportId(id: string): string {
  return LOWER_UUID.test(id) ? `urn:uuid:${id}` : `${GOVMARK_ID_PREFIX}${encodeURIComponent(id)}`;
}

// Objects are built literally, key by key, so the serialised key order never depends on the record's.
function toWebAnnotation(a: Annotation): WebAnnotation {
  const body: (CommentBody | TagBody)[] = [];
  if (a.note !== '') body.push({ type: 'TextualBody', value: a.note, format: 'text/plain', purpose: 'commenting' });
  for (const tag of a.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });

  const selector: NonNullable<WebAnnotation['target']['selector']> = [];
  if (a.quote) {
    const { exact, prefix, suffix } = a.quote;
    selector.push({ type: 'TextQuoteSelector', exact, prefix, suffix });
  }
  if (a.position) {
    const { codePointStart, codePointEnd } = a.position;
    selector.push({ type: 'TextPositionSelector', start: codePointStart, end: codePointEnd });
  }

  const govmark: WebAnnotation['govmark'] = { title: a.title, reportKey: a.reportKey, color: a.color };
  if (a.position) govmark.utf16 = { start: a.position.start, end: a.position.end };

  return {
    '@context': ANNO_CONTEXT,
    id: exportId(a.id),
    type: 'Annotation',
    created: new Date(a.created).toISOString(),
    modified: new Date(a.updated).toISOString(),
    ...(body.length > 0 ? { body } : {}),
    target: selector.length > 0 ? { source: a.url, selector } : { source: a.url },
    govmark,
  };
}

const byCreatedThenId = (x: Annotation, y: Annotation) =>
  x.created - y.created || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** The JSON export envelope: annotations sorted by (created, id) so the same records always give the same file. */
export function toWebAnnotations(
  annotations: readonly Annotation[],
  { exportedAt }: { exportedAt: Date },
): GovmarkExport {
  return {
    format: EXPORT_FORMAT,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportedAt: exportedAt.toISOString(),
    annotations: [...annotations].sort(byCreatedThenId).map(toWebAnnotation),
  };
}

/** The file's text: two-space indentation and a final newline. */
export function serializeExport(envelope: GovmarkExport): string {
  return `${JSON.stringify(envelope, null, 2)}\n`;
}
