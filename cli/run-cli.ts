import { analyzeFile, type FileResult, isFailure } from './analyze-file';
import { formatCsv } from './format-csv';
import { formatJsonLine } from './format-json';
import { formatTable } from './format-table';
import { parseArgs, USAGE, UsageError } from './parse-args';
import { runCompare } from './run-compare';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The analyzer's whole behaviour, minus the process: returns the exit status. */
export function runCli(argv: readonly string[], io: CliIO, analyze = analyzeFile): number {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`govmark analyze: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (args.compare) return runCompare(args, io, analyze);
  const results: FileResult[] = [];
  let tables = 0;
  for (const file of args.files) {
    const result = analyze(file);
    results.push(result);
    if (isFailure(result)) io.stderr(`govmark analyze: ${result.error}\n`);
    // Streamed, so a long batch shows progress and a crash keeps the lines already printed.
    if (args.format === 'json') io.stdout(`${formatJsonLine(result)}\n`);
    if (args.format === 'table' && !isFailure(result)) io.stdout(`${tables++ > 0 ? '\n' : ''}${formatTable(result)}`);
  }
  if (args.format === 'csv') io.stdout(formatCsv(results));
  return results.some(isFailure) ? 1 : 0;
}
