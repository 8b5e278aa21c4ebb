import type { ComparisonRow, Figure } from '../analysis/indicator-compare';
import { toCsv } from '../utils/csv';
import { figureWords, signedAmount } from '../utils/present-target';
import type { Comparison, ReportSide } from './compare-files';
import { alignColumns } from './format-table';
import { formatValue } from './format-value';

export const COMPARE_CSV_HEADER = [
  'indicator',
  'goal_a',
  'goal_a_value',
  'result_a',
  'result_a_value',
  'goal_b',
  'goal_b_value',
  'unit',
  'change',
  'change_value',
] as const;

const label = (side: ReportSide) => (side.year === null ? side.file : String(side.year));
// As the library's tables show it: without 达到, with a bound the span leaves out (不到70万亿元).
const cell = (figure: Figure | null) => (figure ? figureWords(figure) : '–');
const value = (figure: Figure | null) => (figure ? formatValue(figure.value) : '');
const unitOf = (row: ComparisonRow) => (row.goalB ?? row.resultA ?? row.goalA)?.unit ?? '';

/** A reader's view: a header naming both reports, a row per indicator (目标 · 实际 · 目标 · 变化). */
export function formatCompareTable({ a, b, rows }: Comparison): string {
  const name = (side: ReportSide) => `${side.file} (${[side.year, side.region].filter(Boolean).join(' ') || '?'})`;
  const header = ['indicator', `${label(a)} 目标`, `${label(a)} 实际`, `${label(b)} 目标`, 'change'];
  const body = rows.map((row) => [
    row.indicator,
    cell(row.goalA),
    cell(row.resultA),
    cell(row.goalB),
    row.change
      ? `${row.change.text}${row.change.delta === null ? '' : ` (${signed(row.change.delta, unitOf(row))})`}`
      : '–',
  ]);
  return `${[`== compare: ${name(a)} → ${name(b)}`, `indicators: ${rows.length}`, ...(rows.length ? alignColumns([header, ...body]) : [])].join('\n')}\n`;
}

/** A change as the library's compare view writes it: 万 and 亿, and percentage points (+300亿元, -0.5个百分点). */
function signed(delta: number, unit: string): string {
  if (delta === 0) return '0';
  return `${signedAmount(delta)}${unit === '%' ? '个百分点' : unit}`;
}

/** One row per indicator: UTF-8 with BOM, each figure as written and its normalised value. */
export function formatCompareCsv({ rows }: Comparison): string {
  return toCsv(
    COMPARE_CSV_HEADER,
    rows.map((row) => [
      row.indicator,
      row.goalA?.text,
      value(row.goalA),
      row.resultA?.text,
      value(row.resultA),
      row.goalB?.text,
      value(row.goalB),
      unitOf(row),
      row.change?.text,
      row.change?.delta,
    ]),
  );
}

/** One JSON line: both reports (file, year, region) and the rows, each figure with text, value, unit, bound. */
export function formatCompareJson({ a, b, rows }: Comparison): string {
  return JSON.stringify({ a, b, rows });
}
