import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractMainText } from '../utils/main-text';
import { decode } from './decode';

export interface Input {
  /** What the engine reads: a text file's whole text, or an HTML page's main text. */
  text: string;
  /** An HTML page's <title>, passed to analyze() as an option. */
  title?: string;
  encoding: string;
}

/** A file the analyzer cannot read; the message names what is wrong, the caller adds the file name. */
export class InputError extends Error {}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);

/** The name that stands for standard input, as for most command-line tools. */
export const STDIN = '-';

/** `readStdin` is a seam for tests; the CLI reads file descriptor 0. */
export function readInput(file: string, readStdin: () => Uint8Array = () => readFileSync(0)): Input {
  let bytes: Uint8Array;
  try {
    if (file === STDIN) bytes = readStdin();
    else if (statSync(file).isDirectory()) throw new InputError('is a directory');
    else bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})`);
  }
  if (bytes.length === 0) throw new InputError('is empty');
  const html = isHtml(file, bytes);
  let decoded: ReturnType<typeof decode>;
  try {
    decoded = decode(bytes, html);
  } catch (error) {
    throw new InputError((error as Error).message);
  }
  if (!decoded.text.trim()) throw new InputError('is empty (only whitespace)');
  if (!html) return { text: decoded.text, encoding: decoded.encoding };
  const { document } = parseHTML(decoded.text);
  const main = extractMainText(document as unknown as Document);
  if (!main) throw new InputError('has no main text (no article with enough Chinese text was found)');
  const title = document.querySelector('title')?.textContent?.trim();
  return { text: main.text, encoding: decoded.encoding, ...(title ? { title } : {}) };
}

// By extension; a file with another extension is HTML when it starts like a page.
function isHtml(file: string, bytes: Uint8Array): boolean {
  const ext = extname(file).toLowerCase();
  if (HTML_EXTENSIONS.has(ext)) return true;
  if (ext === '.txt') return false;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}
