import type { Annotation } from '../../storage/types';

/** What the reader narrowed the library to; empty strings mean "any". Dates are local `YYYY-MM-DD`. */
export interface LibraryFilter {
  tag: string;
  reportKey: string;
  /** One page (the popup's "export this page" hands it over). */
  url: string;
  from: string;
  to: string;
}

export const NO_FILTER: LibraryFilter = { tag: '', reportKey: '', url: '', from: '', to: '' };

/** Whether anything narrows the list (a search included). */
export function isFiltered(filter: LibraryFilter, matches: Set<string> | null): boolean {
  return matches !== null || Object.values(filter).some((value) => value !== '');
}

/** Local midnight of a `YYYY-MM-DD` day, in milliseconds; NaN when the field is empty or malformed. */
function dayStart(day: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime() : Number.NaN;
}

/**
 * The annotations that pass every filter, in the given order. `matches` is the search's result (null: no
 * search). The date range is on `updated`, the time the list is sorted by, and includes both days.
 */
export function filterAnnotations(
  records: readonly Annotation[],
  filter: LibraryFilter,
  matches: Set<string> | null,
): Annotation[] {
  const from = dayStart(filter.from);
  const toStart = dayStart(filter.to);
  const to = Number.isNaN(toStart) ? Number.NaN : new Date(toStart).setDate(new Date(toStart).getDate() + 1);
  return records.filter(
    (a) =>
      (matches === null || matches.has(a.id)) &&
      (filter.tag === '' || a.tags.includes(filter.tag)) &&
      (filter.reportKey === '' || a.reportKey === filter.reportKey) &&
      (filter.url === '' || a.url === filter.url) &&
      (Number.isNaN(from) || a.updated >= from) &&
      (Number.isNaN(to) || a.updated < to),
  );
}
