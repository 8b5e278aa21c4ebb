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
  let previous = -1; // the last line that stays
  let furnitureBetween = false;
  for (let k = 0; k < lines.count; k++) {
    if (furniture[k] === 1) {
      furnitureBetween = true;
      continue;
    }
    const start = lines.start[k] as number;
    if (previous >= 0) {
      const paragraphBreak = lines.blankBefore[k] === 1 && !furnitureBetween;
      if (!paragraphBreak && wrapped > 0 && continues(text, lines, previous, k, wrapped)) {
        drops.push(lines.contentEnd[previous] as number, lines.contentStart[k] as number);
      } else if (furnitureBetween) {
        // The page's furniture goes, the paragraph break stays: one line break after the text before it.
        drops.push((lines.end[previous] as number) + 1, start);
      }
    } else if (furnitureBetween) {
      drops.push(0, start);
    }
    previous = k;
    furnitureBetween = false;
  }
  if (furnitureBetween && previous >= 0) drops.push(lines.end[previous] as number, text.length);
  return Int32Array.from(drops);
}

/** The lines with text, in typed arrays: a long page has hundreds of thousands of them. */
interface Lines {
  count: number;
  /** [start, end): the line without its line feed (a CR before it stays inside). */
  start: Int32Array;
  end: Int32Array;
  /** The line without the spaces and invisible characters around its text. */
  contentStart: Int32Array;
  contentEnd: Int32Array;
  /** 1 where a blank line stands between this line and the one before: a paragraph break. */
  blankBefore: Uint8Array;
}

function splitLines(text: string): Lines {
  const { action } = charTables();
  let capacity = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) capacity++;
  const lines: Lines = {
    count: 0,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    contentStart: new Int32Array(capacity),
    contentEnd: new Int32Array(capacity),
    blankBefore: new Uint8Array(capacity),
  };
  let blank = false;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let a = start;
    let b = end;
    while (a < b && isBlank(action, text.charCodeAt(a))) a++;
    while (b > a && isBlank(action, text.charCodeAt(b - 1))) b--;
    if (a === b) blank = true;
    else {
      const k = lines.count++;
      lines.start[k] = start;
      lines.end[k] = end;
      lines.contentStart[k] = a;
      lines.contentEnd[k] = b;
      lines.blankBefore[k] = blank ? 1 : 0;
      blank = false;
    }
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
// Narrower than a newspaper column: a list or a table of numbers, one a line, not printed prose.
const MIN_WIDTH = 10;
// A text split into paragraph lines has a few long ones; even a wrapped text cut again holds this share of full lines.
const SHARE = 0.4;

/** The width a hard-wrapped text fills (its 90th percentile line), or 0 when the text is not hard-wrapped. */
function wrapWidth(lines: Lines): number {
  if (lines.count < MIN_LINES) return 0;
  const widths = new Int32Array(lines.count);
  for (let k = 0; k < lines.count; k++) widths[k] = widthOf(lines, k);
  const sorted = widths.slice().sort();
  const width = sorted[Math.floor(sorted.length * 0.9)] as number;
  if (width > MAX_WIDTH || width < MIN_WIDTH) return 0;
  let full = 0;
  for (let k = 0; k < widths.length; k++) if ((widths[k] as number) >= FULL * width) full++;
  return full >= SHARE * lines.count ? width : 0;
}

/** How much of the printed line the text fills: an indent takes room on the page too. */
const widthOf = (lines: Lines, k: number) => (lines.contentEnd[k] as number) - (lines.start[k] as number);

// Ends a sentence, also before a closing quotation mark or bracket: no line break after it is joined.
const FINAL = new Set(Array.from('。！？；!?;…', (c) => c.charCodeAt(0)));
const CLOSING = new Set(Array.from('”’」』）)》', (c) => c.charCodeAt(0)));
// A line that opens a heading or a numbered item: `一、` `（三）` `3.` `第二章` `——` `#` `●`.
const ITEM_START =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、．]|\d{1,2}\.(?!\d)|第[一二三四五六七八九十百\d]+[章节条部篇]|——|[#*●•◆■□▲△○◎★☆])/u;

const NUMBER_END = /[0-9０-９][.．,，]$/u;
const NUMBER_START = /^[.．,，][0-9０-９]/u;
const isDigitCode = (code: number) => (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);

/** Whether the line break after line p falls inside a sentence that line k goes on with. */
function continues(text: string, lines: Lines, p: number, k: number, width: number): boolean {
  const before = { contentStart: lines.contentStart[p] as number, contentEnd: lines.contentEnd[p] as number };
  const line = { start: lines.start[k] as number, contentStart: lines.contentStart[k] as number };
  // A number cut at its decimal point or group separator goes on, however short the line before it.
  if (NUMBER_END.test(text.slice(Math.max(before.contentStart, before.contentEnd - 2), before.contentEnd))) {
    if (isDigitCode(text.charCodeAt(line.contentStart))) return true;
  } else if (
    isDigitCode(text.charCodeAt(before.contentEnd - 1)) &&
    NUMBER_START.test(text.slice(line.contentStart, line.contentStart + 2))
  ) {
    return true;
  }
  if (widthOf(lines, p) < FULL * width) return false;
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
const PAGE_NUMBER_FIRST = new Set(Array.from('—–-－‒―第0123456789０１２３４５６７８９', (c) => c.charCodeAt(0)));
const MAX_HEAD = 40;
const HEAD_PUNCTUATION = /[。，；：！？,;:!?]/u;

/** 1 for each line that is page furniture: page numbers, and a running head repeated at page breaks. */
function furnitureLines(text: string, lines: Lines, wrapped: boolean): Uint8Array {
  const furniture = new Uint8Array(lines.count);
  const content = (k: number) => text.slice(lines.contentStart[k], lines.contentEnd[k]);
  const lengthOf = (k: number) => (lines.contentEnd[k] as number) - (lines.contentStart[k] as number);
  let pageNumbers = 0;
  for (let k = 0; k < lines.count; k++) {
    if (lengthOf(k) > 16 || !PAGE_NUMBER_FIRST.has(text.charCodeAt(lines.contentStart[k] as number))) continue;
    const s = content(k);
    if (PAGE_NUMBER.test(s) || (wrapped && BARE_NUMBER.test(s))) {
      furniture[k] = 1;
      pageNumbers++;
    }
  }
  if (pageNumbers === 0 && !wrapped) return furniture;
  // A running head: a short line without punctuation, printed beside page numbers at least twice, or, in a
  // hard-wrapped text, three times anywhere.
  const beside = new Map<string, number>();
  const everywhere = new Map<string, number>();
  const heads: string[] = [];
  for (let k = 0; k < lines.count; k++) {
    heads.push('');
    if (furniture[k] === 1 || lengthOf(k) > MAX_HEAD) continue;
    const s = content(k);
    if (HEAD_PUNCTUATION.test(s)) continue;
    heads[k] = s;
    if (wrapped) everywhere.set(s, (everywhere.get(s) ?? 0) + 1);
    if (pageNumbers > 0 && nextToPageNumber(lines, furniture, k)) beside.set(s, (beside.get(s) ?? 0) + 1);
  }
  const running = new Uint8Array(lines.count);
  for (let k = 0; k < lines.count; k++) {
    const s = heads[k] as string;
    if (s === '') continue;
    if (((beside.get(s) ?? 0) >= 2 && nextToPageNumber(lines, furniture, k)) || (everywhere.get(s) ?? 0) >= 3) {
      running[k] = 1;
    }
  }
  for (let k = 0; k < lines.count; k++) if (running[k] === 1) furniture[k] = 1;
  return furniture;
}

/** Whether the line with text before or after line k is a page number. */
function nextToPageNumber(lines: Lines, furniture: Uint8Array, k: number): boolean {
  return (k > 0 && furniture[k - 1] === 1) || (k + 1 < lines.count && furniture[k + 1] === 1);
}
