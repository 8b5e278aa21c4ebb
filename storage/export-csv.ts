import type { Bound } from '../analysis/types';
import { toCsv } from '../utils/csv';
import type { TargetRowWithNotes } from './join-targets-with-notes';
import type { Annotation } from './types';

/** Tags and agencies are joined the way Chinese lists are written. */
const LIST_SEPARATOR = '、';

const iso = (ms: number) => new Date(ms).toISOString();

export const ANNOTATION_CSV_COLUMNS = [
  'page',
  'title',
  'report',
  'quote',
  'note',
  'tags',
  'color',
  'created',
  'updated',
  'id',
] as const;

/** Annotations as a CSV document for Excel (BOM, CRLF, RFC 4180, formula-safe), one row each, in the given order. */
export function annotationsToCsv(annotations: readonly Annotation[]): string {
  return toCsv(
    ANNOTATION_CSV_COLUMNS,
    annotations.map((a) => [
      a.url,
      a.title,
      a.reportKey,
      a.quote?.exact ?? '',
      a.note,
      a.tags.join(LIST_SEPARATOR),
      a.color,
      iso(a.created),
      iso(a.updated),
      a.id,
    ]),
  );
}

export const TARGET_CSV_COLUMNS = [
  'report',
  'page',
  'title',
  'target',
  'value',
  'value_high',
  'unit',
  'bound',
  'kind',
  'agency',
  'sentence',
  'notes',
  'tags',
] as const;

// Words, not the engine's symbols: a bare `=` would be neutralised to `'=` in every exact row.
export const BOUND_WORDS: Record<Bound, string> = {
  '=': 'exact',
  '>': 'above',
  '>=': 'at-least',
  '<': 'below',
  '<=': 'at-most',
  '~': 'about',
  range: 'range',
};

/** The targets table as CSV: value and value_high are plain numbers so Excel can sort and sum them. */
export function targetsToCsv(rows: readonly TargetRowWithNotes[]): string {
  return toCsv(
    TARGET_CSV_COLUMNS,
    rows.map((row) => {
      const [low, high] = Array.isArray(row.value) ? row.value : [row.value, null];
      return [
        row.reportKey,
        row.url,
        row.title,
        row.text,
        low,
        high,
        row.unit,
        BOUND_WORDS[row.bound],
        row.kind,
        row.agency.join(LIST_SEPARATOR),
        row.sentence,
        row.notes.join('\n'),
        row.tags.join(LIST_SEPARATOR),
      ];
    }),
  );
}
