import { CR, charTables, DROP, SPACE } from './normalize-chars';

/**
 * What text extracted from a PDF carries that the report does not say: line breaks where a printed line ended
 * (inside words, names and numbers) and page furniture (`— 7 —`, a running head repeated on every page).
 * Returns the ranges of the text to drop, as flat [start, end) pairs in order; empty for most texts.
 */
export function pdfLineDrops(text: string): Int32Array {
  const lines = splitLines(text);
  const wrapped = wrapWidth(lines);
  const furniture = furnitureLines(text, lines, wrapped > 0);
  const drops: number[] = [];
  let previous = -1; // the last line with text that stays
  let furnitureBetween = false;
  let blankBetween = false;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as Line;
    if (furniture[k] === 1) {
      furnitureBetween = true;
      continue;
    }
    if (line.contentEnd === line.contentStart) {
      blankBetween = true;
      continue;
    }
    if (previous >= 0) {
      const before = lines[previous] as Line;
      const paragraphBreak = blankBetween && !furnitureBetween;
      if (!paragraphBreak && wrapped > 0 && continues(text, before, line, wrapped)) {
        drops.push(before.contentEnd, line.contentStart);
      } else if (furnitureBetween) {
        // The page's furniture goes, the paragraph break stays: one line break after the text before it.
        drops.push(before.end + 1, line.start);
      }
    } else if (furnitureBetween) {
      drops.push(0, line.start);
    }
    previous = k;
    furnitureBetween = false;
    blankBetween = false;
  }
  if (furnitureBetween && previous >= 0) drops.push((lines[previous] as Line).end, text.length);
  return Int32Array.from(drops);
}

interface Line {
  /** [start, end): the line without its line feed (a CR before it stays inside). */
  start: number;
  end: number;
  /** The line without the spaces and invisible characters around its text. */
  contentStart: number;
  contentEnd: number;
}

function splitLines(text: string): Line[] {
  const { action } = charTables();
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let a = start;
    let b = end;
    while (a < b && isBlank(action, text.charCodeAt(a))) a++;
    while (b > a && isBlank(action, text.charCodeAt(b - 1))) b--;
    lines.push({ start, end, contentStart: a, contentEnd: b });
    start = end + 1;
  }
  return lines;
}

/** Spaces, CR, form feeds and invisible characters around a line's text. */
function isBlank(action: Uint8Array, code: number): boolean {
  const what = action[code] as number;
  return what === SPACE || what === DROP || what === CR || code === 0x0c || code === 0x0b;
}

// Lines of a hard-wrapped text fill the width; a paragraph's last line and headings are shorter.
const MIN_LINES = 8;
const FULL = 0.7;
const MAX_WIDTH = 120;
// A text split into paragraph lines has a few long ones; even a wrapped text cut again holds this share of full lines.
const SHARE = 0.4;

/** The width a hard-wrapped text fills (its 90th percentile line), or 0 when the text is not hard-wrapped. */
function wrapWidth(lines: readonly Line[]): number {
  const lengths: number[] = [];
  for (const line of lines) if (line.contentEnd > line.contentStart) lengths.push(widthOf(line));
  if (lengths.length < MIN_LINES) return 0;
  const sorted = Int32Array.from(lengths).sort();
  const width = sorted[Math.floor(sorted.length * 0.9)] as number;
  if (width > MAX_WIDTH) return 0;
  let full = 0;
  for (const n of lengths) if (n >= FULL * width) full++;
  return full >= SHARE * lengths.length ? width : 0;
}

/** How much of the printed line the text fills: an indent takes room on the page too. */
const widthOf = (line: Line) => line.contentEnd - line.start;

// Ends a sentence, also before a closing quotation mark or bracket: no line break after it is joined.
const FINAL = new Set(Array.from('。！？；!?;…', (c) => c.charCodeAt(0)));
const CLOSING = new Set(Array.from('”’」』）)》', (c) => c.charCodeAt(0)));
// A line that opens a heading or a numbered item: `一、` `（三）` `3.` `第二章` `——` `#` `●`.
const ITEM_START =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、．]|\d{1,2}\.(?!\d)|第[一二三四五六七八九十百\d]+[章节条部篇]|——|[#*●•◆■□▲△○◎★☆])/u;

const NUMBER_END = /[0-9０-９][.．,，]$/u;
const NUMBER_START = /^[.．,，][0-9０-９]/u;
const isDigitCode = (code: number) => (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);

/** Whether the line break after `before` falls inside a sentence that `line` goes on with. */
function continues(text: string, before: Line, line: Line, width: number): boolean {
  // A number cut at its decimal point or group separator goes on, however short the line before it.
  if (NUMBER_END.test(text.slice(Math.max(before.contentStart, before.contentEnd - 2), before.contentEnd))) {
    if (isDigitCode(text.charCodeAt(line.contentStart))) return true;
  } else if (
    isDigitCode(text.charCodeAt(before.contentEnd - 1)) &&
    NUMBER_START.test(text.slice(line.contentStart, line.contentStart + 2))
  ) {
    return true;
  }
  if (widthOf(before) < FULL * width) return false;
  let last = text.charCodeAt(before.contentEnd - 1);
  if (CLOSING.has(last) && before.contentEnd - 2 >= before.contentStart) last = text.charCodeAt(before.contentEnd - 2);
  if (FINAL.has(last)) return false;
  // An indented line starts a paragraph.
  if (line.contentStart - line.start >= 2 || text.charCodeAt(line.start) === 0x3000) return false;
  return !ITEM_START.test(text.slice(line.contentStart, line.contentStart + 12));
}

// `— 7 —`, `- 12 -`, `第 3 页`, `第3页 共20页`, `3/20`; a bare number only in a hard-wrapped text.
const PAGE_NUMBER =
  /^(?:[—–\-－‒―]+\s*[0-9０-９]{1,4}\s*[—–\-－‒―]+|第\s*[0-9０-９]{1,4}\s*页(?:\s*[，,/]?\s*共\s*[0-9０-９]{1,4}\s*页)?|[0-9０-９]{1,4}\s*[/／]\s*[0-9０-９]{1,4})$/u;
const BARE_NUMBER = /^[0-9０-９]{1,4}$/u;
const MAX_HEAD = 40;
const HEAD_PUNCTUATION = /[。，；：！？,;:!?]/u;

/** 1 for each line that is page furniture: page numbers, and a running head repeated at page breaks. */
function furnitureLines(text: string, lines: readonly Line[], wrapped: boolean): Uint8Array {
  const furniture = new Uint8Array(lines.length);
  const content = (line: Line) => text.slice(line.contentStart, line.contentEnd);
  let pageNumbers = 0;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as Line;
    const length = line.contentEnd - line.contentStart;
    if (length === 0 || length > 16) continue;
    const s = content(line);
    if (PAGE_NUMBER.test(s) || (wrapped && BARE_NUMBER.test(s))) {
      furniture[k] = 1;
      pageNumbers++;
    }
  }
  // A running head: a short line without punctuation, printed beside page numbers at least twice, or, in a
  // hard-wrapped text, three times anywhere.
  const beside = new Map<string, number>();
  const everywhere = new Map<string, number>();
  const isHeadLike = (line: Line) => {
    const length = line.contentEnd - line.contentStart;
    return length > 0 && length <= MAX_HEAD && !HEAD_PUNCTUATION.test(content(line));
  };
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as Line;
    if (furniture[k] === 1 || !isHeadLike(line)) continue;
    const s = content(line);
    if (wrapped) everywhere.set(s, (everywhere.get(s) ?? 0) + 1);
    if (pageNumbers > 0 && nextToPageNumber(lines, furniture, k)) beside.set(s, (beside.get(s) ?? 0) + 1);
  }
  if (beside.size === 0 && everywhere.size === 0) return furniture;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as Line;
    if (furniture[k] === 1 || !isHeadLike(line)) continue;
    const s = content(line);
    const besideCount = beside.get(s) ?? 0;
    if ((besideCount >= 2 && nextToPageNumber(lines, furniture, k)) || (everywhere.get(s) ?? 0) >= 3) furniture[k] = 2;
  }
  for (let k = 0; k < furniture.length; k++) if (furniture[k] === 2) furniture[k] = 1;
  return furniture;
}

/** Whether the nearest line with text before or after line k is a page number. */
function nextToPageNumber(lines: readonly Line[], furniture: Uint8Array, k: number): boolean {
  for (const step of [-1, 1]) {
    for (let j = k + step; j >= 0 && j < lines.length; j += step) {
      const line = lines[j] as Line;
      if (line.contentEnd === line.contentStart) continue;
      if (furniture[j] === 1) return true;
      break;
    }
  }
  return false;
}
