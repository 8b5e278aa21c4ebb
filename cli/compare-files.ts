import { type ComparisonRow, compareFigures, figuresOfText } from '../analysis/indicator-compare';
import { reportKey } from '../analysis/report-key';
import type { FileAnalysis } from './analyze-file';

/** One report of a comparison: its file and the year and region its text or title names. */
export interface ReportSide {
  file: string;
  year: number | null;
  region: string | null;
}

export interface Comparison {
  a: ReportSide;
  b: ReportSide;
  rows: ComparisonRow[];
}

/** The year and region a report names (report-key.ts reads them: `report:2022:全国`). */
export function sideOf(result: FileAnalysis): ReportSide {
  const key = /^report:(\d{4}):(.+)$/u.exec(reportKey(result.text, result.title ?? '', result.file));
  return { file: result.file, year: key ? Number(key[1]) : null, region: key?.[2] ?? null };
}

/** Two analysed reports lined up indicator by indicator, the earlier year first whatever the order given. */
export function compareFiles(first: FileAnalysis, second: FileAnalysis): Comparison {
  const [x, y] = [sideOf(first), sideOf(second)];
  const swap = x.year !== null && y.year !== null && x.year > y.year;
  const [a, b] = swap ? [second, first] : [first, second];
  const figures = (r: FileAnalysis) => figuresOfText(r.text, r.analysis.targets);
  return { a: swap ? y : x, b: swap ? x : y, rows: compareFigures(figures(a), figures(b)) };
}
