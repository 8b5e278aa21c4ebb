export type OutputFormat = 'table' | 'json' | 'csv';

export interface CliArgs {
  format: OutputFormat;
  files: string[];
  help: boolean;
  /** Two reports side by side, indicator by indicator (only set with --compare). */
  compare?: true;
}

export class UsageError extends Error {}

export const USAGE = `usage: npm run analyze -- [--json | --csv] FILE...
       npm run analyze -- --compare [--json | --csv] A B

Analyzes government work report texts (.txt) and pages (.html, .htm); FILE - reads standard input.
  (default)  a readable table per file
  --json     one JSON object per file per line, in input order
  --csv      one row per target across files (UTF-8 with BOM)
  --compare  two reports of one government, ordered by year: per indicator the earlier goal,
             the result as the later review states it, the later goal and the change
  -h, --help this message
Exit status: 0 all files analysed, 1 some file failed, 2 bad usage.`;

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { format: 'table', files: [], help: false };
  let formatFlag: string | null = null;
  let onlyFiles = false;
  for (const arg of argv) {
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      args.files.push(arg);
    } else if (arg === '--') {
      onlyFiles = true;
    } else if (arg === '--compare') {
      args.compare = true;
    } else if (arg === '-h' || arg === '--help') {
      args.help = true;
    } else if (arg === '--json' || arg === '--csv') {
      if (formatFlag && formatFlag !== arg) throw new UsageError(`${formatFlag} and ${arg} cannot be used together`);
      formatFlag = arg;
      args.format = arg === '--json' ? 'json' : 'csv';
    } else {
      throw new UsageError(`unknown option ${arg}`);
    }
  }
  if (!args.help && args.files.length === 0) throw new UsageError('no files given');
  if (!args.help && args.compare && args.files.length !== 2) throw new UsageError('--compare takes two files');
  return args;
}
