import type { analyzeFile } from './analyze-file';
import { isFailure } from './analyze-file';
import { compareFiles } from './compare-files';
import { formatCompareCsv, formatCompareJson, formatCompareTable } from './format-compare';
import type { CliArgs } from './parse-args';
import type { CliIO } from './run-cli';

/** `--compare A B`: both files analysed, then one comparison; exit 1 when either could not be read. */
export function runCompare(args: CliArgs, io: CliIO, analyze: typeof analyzeFile): number {
  const [first, second] = args.files.map((file) => analyze(file));
  if (!first || !second) return 2;
  if (isFailure(first) || isFailure(second)) {
    for (const r of [first, second]) if (isFailure(r)) io.stderr(`govmark analyze: ${r.error}\n`);
    return 1;
  }
  const comparison = compareFiles(first, second);
  const { a, b } = comparison;
  if (a.year === null || b.year === null)
    io.stderr('govmark analyze: a report names no year: kept in the order given\n');
  else if (a.year === b.year) io.stderr(`govmark analyze: both reports are of ${a.year}\n`);
  if (a.region && b.region && a.region !== b.region) {
    io.stderr(`govmark analyze: the reports are of two governments (${a.region}, ${b.region})\n`);
  }
  const format = { table: formatCompareTable, csv: formatCompareCsv, json: formatCompareJson }[args.format];
  io.stdout(args.format === 'json' ? `${format(comparison)}\n` : format(comparison));
  return 0;
}
