import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyze } from '../../analysis';
import type { Analysis } from '../../analysis/types';
import { extractMainText } from '../../utils/main-text';
import { PAGES_DIR } from './harness';

/** One expected highlight: what a reader should see marked, in text order. */
export interface ExpectedSpan {
  type: 'target' | 'agency';
  kind: string | null;
  text: string;
}

export interface EngineView {
  /** The article's main text as the content script reads it (null: no article). */
  text: string | null;
  analysis: Analysis | null;
  expected: ExpectedSpan[];
  /** A selector for the article root, to check that every highlight lies inside it. */
  rootSelector: string | null;
}

/** Bytes to text as the browser would: the charset of `<meta charset>` when there is one. */
function decodeHtml(bytes: Buffer): string {
  const head = bytes.subarray(0, 2048).toString('latin1');
  const charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  return new TextDecoder(charset).decode(bytes);
}

/** A selector the browser resolves to the same element: ids where unique, else :nth-child steps from <body>. */
function selectorOf(element: Element): string {
  const steps: string[] = [];
  for (let el: Element | null = element; el && el.localName !== 'html'; el = el.parentElement) {
    if (el.localName === 'body') {
      steps.unshift('body');
      break;
    }
    const parent = el.parentElement;
    const index = parent ? [...parent.children].indexOf(el) + 1 : 1;
    steps.unshift(`${el.localName}:nth-child(${index})`);
  }
  return steps.join(' > ');
}

/**
 * The highlights the contract asks for: targets (by kind) and agencies as the engine finds them on the
 * main text; where two overlap only one can be a `<mark>`: targets win, then the earlier and the longer.
 */
export function expectedSpans(analysis: Analysis, text: string): ExpectedSpan[] {
  if (!analysis.isReport) return [];
  const byStart = <T extends { start: number; end: number }>(list: T[]) =>
    list.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const taken: { start: number; end: number }[] = [];
  const free = (s: { start: number; end: number }) => taken.every((t) => s.end <= t.start || s.start >= t.end);
  const spans: (ExpectedSpan & { start: number })[] = [];
  for (const target of byStart(analysis.targets)) {
    if (!free(target)) continue;
    taken.push(target);
    spans.push({ type: 'target', kind: target.kind, text: text.slice(target.start, target.end), start: target.start });
  }
  for (const agency of byStart(analysis.agencies)) {
    if (!free(agency)) continue;
    taken.push(agency);
    spans.push({ type: 'agency', kind: null, text: text.slice(agency.start, agency.end), start: agency.start });
  }
  return spans.sort((a, b) => a.start - b.start).map(({ start: _start, ...span }) => span);
}

/** Runs the engine in Node on the same fixture, extracted with linkedom + extractMainText as in the page. */
export async function engineView(fixture: string): Promise<EngineView> {
  const file = isAbsolute(fixture) ? fixture : join(PAGES_DIR, fixture);
  return engineViewOfHtml(decodeHtml(await readFile(file)));
}

/** The same for markup in hand, e.g. a living page's DOM serialised after it grew. */
export function engineViewOfHtml(html: string): EngineView {
  const { document } = parseHTML(html);
  const main = extractMainText(document as unknown as Document);
  if (!main) return { text: null, analysis: null, expected: [], rootSelector: null };
  const analysis = analyze(main.text, { title: document.title });
  return {
    text: main.text,
    analysis,
    expected: expectedSpans(analysis, main.text),
    rootSelector: selectorOf(main.root),
  };
}
