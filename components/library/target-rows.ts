import type { TargetKind } from '../../analysis/types';
import type { TargetRowWithNotes } from '../../storage/join-targets-with-notes';

export type TargetSortKey = 'position' | 'text' | 'value' | 'unit' | 'bound' | 'kind' | 'agency' | 'notes';
export type SortDirection = 'ascending' | 'descending';

export interface TargetRowFilter {
  kind: TargetKind | '';
  /** Matched against the target, its sentence, agencies, notes and tags. */
  text: string;
}

const low = (row: TargetRowWithNotes) => (Array.isArray(row.value) ? row.value[0] : row.value);
const collator = new Intl.Collator('zh-CN', { numeric: true });
const KIND_ORDER: Record<TargetKind, number> = { goal: 0, past: 1, other: 2 };

const compareBy: Record<Exclude<TargetSortKey, 'value'>, (a: TargetRowWithNotes, b: TargetRowWithNotes) => number> = {
  position: () => 0,
  text: (a, b) => collator.compare(a.text, b.text),
  unit: (a, b) => collator.compare(a.unit, b.unit),
  bound: (a, b) => collator.compare(a.bound, b.bound),
  kind: (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  agency: (a, b) => collator.compare(a.agency.join('、'), b.agency.join('、')),
  notes: (a, b) => b.notes.length - a.notes.length || collator.compare(a.notes.join('\n'), b.notes.join('\n')),
};

/**
 * Rows sorted by one column; ties keep the table's own order (report, page, text position). Rows without
 * a value sort after those with one in either direction, since "no number" is not small or large.
 */
export function sortTargetRows(
  rows: readonly TargetRowWithNotes[],
  key: TargetSortKey,
  direction: SortDirection,
): TargetRowWithNotes[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const indexed = rows.map((row, index) => ({ row, index }));
  indexed.sort((x, y) => {
    if (key === 'value') {
      const [a, b] = [low(x.row), low(y.row)];
      if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0) || x.index - y.index;
      return sign * (a - b) || x.index - y.index;
    }
    return sign * compareBy[key](x.row, y.row) || x.index - y.index;
  });
  return indexed.map(({ row }) => row);
}

/** Rows of one kind and/or containing a text (case-insensitive). */
export function filterTargetRows(rows: readonly TargetRowWithNotes[], filter: TargetRowFilter): TargetRowWithNotes[] {
  const needle = filter.text.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (filter.kind === '' || row.kind === filter.kind) &&
      (needle === '' ||
        [row.text, row.sentence, ...row.agency, ...row.notes, ...row.tags].some((s) =>
          s.toLowerCase().includes(needle),
        )),
  );
}
