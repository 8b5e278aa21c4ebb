import { indexText } from './text-index';

// Opening mark → its closing mark, by character code.
const CLOSING = new Map<number, number>(
  Object.entries({ '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '"': '"' }).map(([open, close]) => [
    open.charCodeAt(0),
    close.charCodeAt(0),
  ]),
);
// Quoted names and slogans are short; a longer stretch means the closing mark is missing or far.
const MAX_QUOTE = 80;

/** Ranges [start, end) of text inside quotation marks or title marks, in order; `marks`: where opening marks stand. */
export function quotedRanges(text: string, marks: Int32Array = indexText(text).quoteMarks): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let after = 0;
  // Per closing mark, where a search for it may resume: up to there the text is known to hold none. A line of
  // opening marks that never close is read once, not once per mark.
  const clear = new Map<number, number>();
  for (let k = 0; k < marks.length; k++) {
    const open = marks[k] as number;
    if (open < after) continue; // inside the quote just closed
    const end = closingAt(text, open, clear);
    if (end !== -1) {
      ranges.push([open + 1, end]);
      after = end + 1;
    }
  }
  return ranges;
}

/**
 * The closing mark of the quote opened at `open`, looked for no further than MAX_QUOTE; -1 if none.
 * `clear`: per closing mark, the end of the stretch after an earlier opening found free of it.
 */
function closingAt(text: string, open: number, clear: Map<number, number>): number {
  const close = CLOSING.get(text.charCodeAt(open)) as number;
  const last = Math.min(text.length - 1, open + MAX_QUOTE);
  for (let i = Math.max(open + 1, clear.get(close) ?? 0); i <= last; i++) if (text.charCodeAt(i) === close) return i;
  clear.set(close, last + 1);
  return -1;
}

/** Answers "does [start, end) overlap one of the ranges?" for ascending queries, in amortised constant time. */
export function rangeCursor(ranges: Array<[number, number]>): (start: number, end: number) => boolean {
  let k = 0;
  return (start, end) => {
    while (k < ranges.length && (ranges[k] as [number, number])[1] <= start) k++;
    const r = ranges[k];
    return r !== undefined && r[0] < end && start < r[1];
  };
}
