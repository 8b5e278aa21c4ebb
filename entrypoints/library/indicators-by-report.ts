import { type ComparisonRow, compareFigures, figuresOfRows } from '../../analysis/indicator-compare';
import { yearOf } from '../../analysis/report-key';
import { toCsv } from '../../utils/csv';
import type { ReportTargets } from './targets-by-report';

/** One indicator of a report: last year's goal, the result, this year's goal, and the reader's notes on them. */
export interface IndicatorRow extends ComparisonRow {
  notes: string[];
}

function figures(report: ReportTargets) {
  return figuresOfRows(report.rows, yearOf(report.reportKey)?.region === '全国');
}

/**
 * A report's indicators: the goal the library's previous-year report of the same government set (when the
 * library holds it), the result this report states for that year, this report's goal; notes beside.
 */
export function indicatorsOfReport(report: ReportTargets, all: readonly ReportTargets[]): IndicatorRow[] {
  const key = yearOf(report.reportKey);
  const previous = key && all.find((r) => r.reportKey === `report:${key.year - 1}:${key.region}`);
  const own = figures(report);
  const notes = new Map<string, string[]>();
  own.forEach((figure, i) => {
    const said = report.rows[i]?.notes ?? [];
    if (figure.name && said.length) notes.set(figure.name, [...(notes.get(figure.name) ?? []), ...said]);
  });
  return compareFigures(previous ? figures(previous) : [], own).map((row) => ({
    ...row,
    notes: notes.get(row.indicator) ?? [],
  }));
}

/** Any two reports of the library, the earlier year first (as given when a year is unknown). */
export function compareReports(
  first: ReportTargets,
  second: ReportTargets,
): { a: ReportTargets; b: ReportTargets; rows: ComparisonRow[] } {
  const [x, y] = [yearOf(first.reportKey)?.year, yearOf(second.reportKey)?.year];
  const [a, b] = x !== undefined && y !== undefined && x > y ? [second, first] : [first, second];
  return { a, b, rows: compareFigures(figures(a), figures(b)) };
}

/** The indicators table as CSV (UTF-8 with BOM, formula-safe): one row per indicator. */
export function indicatorsToCsv(rows: readonly IndicatorRow[]): string {
  return toCsv(
    ['indicator', 'last_year_goal', 'result', 'goal', 'unit', 'notes'],
    rows.map((row) => [
      row.indicator,
      row.goalA?.text,
      row.resultA?.text,
      row.goalB?.text,
      (row.goalB ?? row.resultA ?? row.goalA)?.unit,
      row.notes.join(' | '),
    ]),
  );
}
