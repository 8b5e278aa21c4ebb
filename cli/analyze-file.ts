import { analyze } from '../analysis/index';
import type { Analysis } from '../analysis/types';
import { InputError, readInput } from './read-input';

export interface FileAnalysis {
  file: string;
  /** The analysed text, for context snippets. */
  text: string;
  encoding: string;
  /** An HTML page's <title>, for the report's year and region. */
  title?: string;
  analysis: Analysis;
}

export interface FileFailure {
  file: string;
  error: string;
}

export type FileResult = FileAnalysis | FileFailure;

export function isFailure(result: FileResult): result is FileFailure {
  return 'error' in result;
}

/** One input file through decoding, main-text extraction and the engine; never throws for a bad file. */
export function analyzeFile(file: string): FileResult {
  try {
    const input = readInput(file);
    const analysis = analyze(input.text, input.title === undefined ? {} : { title: input.title });
    return {
      file,
      text: input.text,
      encoding: input.encoding,
      ...(input.title ? { title: input.title } : {}),
      analysis,
    };
  } catch (error) {
    if (error instanceof InputError) return { file, error: `${file}: ${error.message}` };
    // An engine bug on one file must not hide the others' results.
    return { file, error: `${file}: analysis failed: ${(error as Error).message ?? String(error)}` };
  }
}
