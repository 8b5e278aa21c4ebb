import type { Bound } from '../analysis/types';
import { toCsv } from '../utils/csv';
import { BOUND_CODES } from '../utils/present-target';
import { reportName } from '../utils/report-name';
import { exportId } from './export-json';
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
  const titles = new Map<string, string[]>();
  for (const a of annotations) titles.set(a.reportKey, [...(titles.get(a.reportKey) ?? []), a.title]);
  // The report as a person names it (2026年内蒙古自治区政府工作报告), not the grouping key.
  const names = new Map([...titles].map(([key, list]) => [key, reportName(key, list)]));
  return toCsv(
    ANNOTATION_CSV_COLUMNS,
    annotations.map((a) => [
      a.url,
      a.title,
      names.get(a.reportKey) ?? a.reportKey,
      a.quote?.exact ?? '',
      a.note,
      a.tags.join(LIST_SEPARATOR),
      a.color,
      iso(a.created),
      iso(a.updated),
      // As the JSON export writes it (docs/export-format.md), so rows of the two exports can be matched.
      exportId(a.id),
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

/** The bounds as files spell them (exact, at-least…): the presentation module owns the words. */
export const BOUND_WORDS: Record<Bound, string> = BOUND_CODES;

/** The targets table as CSV: value and value_high are plain numbers so Excel can sort and sum them. */
export function targetsToCsv(rows: readonly TargetRowWithNotes[]): string {
  return toCsv(
    TARGET_CSV_COLUMNS,
    rows.map((row) => {
      const [low, high] = Array.isArray(row.value) ? row.value : [row.value, null];
      return [
        reportName(row.reportKey, [row.title]),
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
