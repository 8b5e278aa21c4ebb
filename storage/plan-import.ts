import { t } from '../utils/i18n';
import { countOf } from '../utils/plural';
import type { Annotation } from './types';
import { UNDATED } from './web-annotation-schema';

export interface ImportPlan {
  /** Not in the database yet. */
  add: Annotation[];
  /** In the database, and the file's copy was updated later. */
  update: Annotation[];
  /** Identical to the database's copy: nothing to write. */
  unchanged: Annotation[];
  /** The database's copy is newer (or as new and different): it is kept. */
  older: Annotation[];
  /** One line for the confirmation dialog, e.g. "导入 152 条，其中 3 条已存在将更新". */
  summary: string;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Field by field, so key order and undefined-versus-absent optional fields do not count as changes. */
export function sameAnnotation(a: Annotation, b: Annotation): boolean {
  const quote =
    a.quote === undefined || b.quote === undefined
      ? a.quote === b.quote
      : a.quote.exact === b.quote.exact && a.quote.prefix === b.quote.prefix && a.quote.suffix === b.quote.suffix;
  const position =
    a.position === undefined || b.position === undefined
      ? a.position === b.position
      : a.position.start === b.position.start &&
        a.position.end === b.position.end &&
        a.position.codePointStart === b.position.codePointStart &&
        a.position.codePointEnd === b.position.codePointEnd;
  return (
    quote &&
    position &&
    a.id === b.id &&
    a.url === b.url &&
    a.title === b.title &&
    a.reportKey === b.reportKey &&
    a.note === b.note &&
    sameList(a.tags, b.tags) &&
    a.color === b.color &&
    a.created === b.created &&
    a.updated === b.updated
  );
}

/**
 * Merges by id: new records are added, a newer `updated` wins, identical records change nothing. A record
 * the file gives no date (another tool's) is dated `now` when added, and never replaces a copy here.
 */
export function planImport(
  records: readonly Annotation[],
  existingById: ReadonlyMap<string, Annotation>,
  now = Date.now(),
): ImportPlan {
  const plan: ImportPlan = { add: [], update: [], unchanged: [], older: [], summary: '' };
  for (const record of records) {
    const existing = existingById.get(record.id);
    const undated = record.created === UNDATED;
    if (!existing) plan.add.push(undated ? { ...record, created: now, updated: now } : record);
    else if (
      sameAnnotation(undated ? { ...record, created: existing.created, updated: existing.updated } : record, existing)
    )
      plan.unchanged.push(record);
    else if (record.updated > existing.updated) plan.update.push(record);
    else plan.older.push(record);
  }
  plan.summary = summarize(records.length, plan);
  return plan;
}

function summarize(total: number, { add, update, unchanged, older }: ImportPlan): string {
  if (total === 0) return t('importSummaryEmpty');
  if (add.length + update.length === 0) {
    const nothing = countOf(total, 'importSummaryNothingNew');
    // The file's copies that differ are not the same as these: say they lose to the newer ones here.
    return older.length === 0 ? nothing : `${nothing}${countOf(older.length, 'importSummaryOlderKept')}`;
  }
  const parts = [countOf(total, 'importSummaryTotal')];
  if (update.length > 0) parts.push(t('importSummaryUpdate', String(update.length)));
  if (unchanged.length > 0) parts.push(t('importSummaryUnchanged', String(unchanged.length)));
  if (older.length > 0) parts.push(t('importSummaryOlder', String(older.length)));
  return parts.join(t('importSummarySeparator'));
}
