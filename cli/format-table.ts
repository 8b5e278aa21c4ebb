import type { FileResult } from './analyze-file';
import { isFailure } from './analyze-file';
import { contextAround } from './context';
import { displayWidth, padEnd } from './display-width';
import { formatValue } from './format-value';

const HEADER = ['target', 'value', 'unit', 'bound', 'kind', 'agency', 'context'];

/** A reader's view of one file: verdict, a row per target, the agencies found. */
export function formatTable(result: FileResult): string {
  if (isFailure(result)) return `== ${result.file}\nerror: ${result.error}\n`;
  const { analysis, text } = result;
  const verdict = analysis.isReport ? 'report' : 'not a report';
  const lines = [`== ${result.file}: ${verdict} (confidence ${analysis.confidence.toFixed(2)})`];
  if (analysis.reasons.length > 0) lines.push(`reasons: ${analysis.reasons.join('; ')}`);
  const pages = analysis.pages;
  if (pages && (pages.page || pages.continuedFrom || pages.continuesOn)) {
    lines.push(`pages: ${[pages.page, pages.continuedFrom, pages.continuesOn].filter(Boolean).join(', ')}`);
  }
  const rows = analysis.targets.map((t) => [
    t.text,
    formatValue(t.value),
    t.unit || '–',
    t.bound,
    t.kind,
    t.agency.join('、') || '–',
    contextAround(text, t),
  ]);
  lines.push(`targets: ${rows.length}`);
  if (rows.length > 0) lines.push(...alignColumns([HEADER, ...rows]));
  lines.push(`agencies: ${analysis.agencies.length}${summariseAgencies(analysis.agencies.map((a) => a.text))}`);
  return `${lines.join('\n')}\n`;
}

export function alignColumns(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((row) => displayWidth(row[col] ?? '')))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, col) => (col === row.length - 1 ? cell : padEnd(cell, widths[col] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

// Distinct names in order of first appearance, with a count where a name repeats.
function summariseAgencies(names: string[]): string {
  if (names.length === 0) return '';
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const list = [...counts].map(([name, n]) => (n > 1 ? `${name}×${n}` : name));
  return ` (${list.join('、')})`;
}
