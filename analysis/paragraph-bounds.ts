// Where a paragraph ends: after a sentence stop or a colon, or after a short line (a title, a heading).
const ENDS = new Set(Array.from('。！？；：!?;:”', (char) => char.charCodeAt(0)));
const SHORT_LINE = 16;
// A line that opens with a heading or list marker starts a paragraph whatever came before it.
const MARKER =
  /^[\s\u3000#*—]*(?:[一二三四五六七八九十]{1,3}[、.．是]|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[、.．](?!\d))/;

/** Whether the line break at `at` ends a paragraph, or is a hard break inside a sentence (text copied from a PDF). */
export function endsParagraph(text: string, at: number): boolean {
  let last = at - 1;
  while (
    last >= 0 &&
    (text.charCodeAt(last) === 13 || text.charCodeAt(last) === 32 || text.charCodeAt(last) === 0x3000)
  ) {
    last--;
  }
  const lineStart = text.lastIndexOf('\n', last) + 1;
  if (last < lineStart || ENDS.has(text.charCodeAt(last)) || last - lineStart + 1 < SHORT_LINE) return true;
  return MARKER.test(text.slice(at + 1, at + 8)) || isHeading(text, lineStart, last + 1);
}

// A heading is a marked line of a few words: no sentence or clause goes on past its end.
const HEADING_MOST = 40;
const IN_SENTENCE = /[，。；：,;:]/;

/**
 * `二、“十三五”时期发展成就和“十四五”时期主要目标任务`: a line that opens with a heading marker and holds no
 * punctuation ends its paragraph, though long and with no stop, where a page puts the next paragraph on the
 * next line with no blank line between.
 */
function isHeading(text: string, start: number, end: number): boolean {
  if (end - start > HEADING_MOST) return false;
  const line = text.slice(start, end);
  return MARKER.test(line) && !IN_SENTENCE.test(line);
}

/**
 * The start of the paragraph that holds `at`, joining lines broken inside a sentence; it looks back no further
 * than `floor` (the end of the paragraph before, when the caller knows it), so a pass over a text stays linear.
 */
export function paragraphStart(text: string, at: number, floor = 0): number {
  let start = text.lastIndexOf('\n', at - 1) + 1;
  while (start > floor && start > 0 && !endsParagraph(text, start - 1)) start = text.lastIndexOf('\n', start - 2) + 1;
  return Math.max(start, floor);
}

/** The end of the paragraph that holds `at` (its last line break, or the text's end). */
export function paragraphEnd(text: string, at: number): number {
  let end = text.indexOf('\n', at);
  while (end !== -1 && !endsParagraph(text, end)) end = text.indexOf('\n', end + 1);
  return end === -1 ? text.length : end;
}
