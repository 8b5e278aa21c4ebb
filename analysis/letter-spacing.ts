import { CJK, charTables, SPACE, sideOf } from './normalize-chars';

/** Below this many characters a line is too short to tell letter spacing from a few spaced words. */
const MIN_CHARS = 6;
/** How many of a line's gaps between characters must be one space for it to count as set letter by letter. */
const SPACED_SHARE = 0.8;

/**
 * The lines set letter by letter (`城 镇 新 增 就 业 1 2 0 0 万 人`, as some PDFs and e-papers give text), as
 * [start, end) pairs in order. In such a line a single space between two characters means nothing, even
 * between digits, where elsewhere it would part two numbers. One pass, whatever the text.
 */
export function letterSpacedLines(text: string): Int32Array {
  const { action } = charTables();
  const found: number[] = [];
  let start = 0;
  let chars = 0;
  let single = 0;
  let cjk = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (c === 0x0a || c === 0x0d) {
      if (chars >= MIN_CHARS && cjk > 0 && single >= SPACED_SHARE * (chars - 1)) found.push(start, i);
      start = i + 1;
      chars = 0;
      single = 0;
      cjk = 0;
      continue;
    }
    if (action[c] === SPACE) continue;
    chars++;
    if (sideOf(c) & CJK) cjk++;
    // One space between this character and the one before it, both in this line.
    if (i - 2 >= start && action[text.charCodeAt(i - 1)] === SPACE && action[text.charCodeAt(i - 2)] !== SPACE)
      single++;
  }
  return Int32Array.from(found);
}
