import { BOUND_WORDS } from '../storage/export-csv';
import { toCsv } from '../utils/csv';
import type { FileResult } from './analyze-file';
import { isFailure } from './analyze-file';
import { contextAround } from './context';

export const CSV_HEADER = [
  'file',
  'start',
  'end',
  'text',
  'value',
  'value_high',
  'unit',
  'bound',
  'kind',
  'agency',
  'context',
] as const;

/** One row per target across all files (failed files have none): UTF-8 with BOM, formula-safe cells. */
export function formatCsv(results: readonly FileResult[]): string {
  const rows = results.flatMap((result) =>
    isFailure(result)
      ? []
      : result.analysis.targets.map((t) => {
          const [low, high] = Array.isArray(t.value) ? t.value : [t.value, null];
          return [
            result.file,
            t.start,
            t.end,
            t.text,
            low,
            high,
            t.unit,
            BOUND_WORDS[t.bound],
            t.kind,
            t.agency.join('、'),
            contextAround(result.text, t),
          ];
        }),
  );
  return toCsv(CSV_HEADER, rows);
}
