/** What is being exported: annotations as CSV, Markdown or JSON, or a report's targets table as CSV. */
export type ExportKind = 'csv' | 'md' | 'json' | 'targets-csv';

const pad = (n: number) => String(n).padStart(2, '0');

/** `govmark-2024-11-28.csv`, `govmark-targets-2024-11-28.csv`: the reader's local date, not UTC. */
export function exportFileName(kind: ExportKind, date: Date = new Date()): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return kind === 'targets-csv' ? `govmark-targets-${day}.csv` : `govmark-${day}.${kind}`;
}
