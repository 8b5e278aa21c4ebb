import { T2S_PAIRS } from './t2s-table';

/** What the normaliser does with a UTF-16 unit. */
export const KEEP = 0;
/** Always replaced by its `fold` unit, one for one: full-width ASCII, traditional characters, line separators. */
export const REPLACE = 1;
/** Dropped wherever it stands: zero-width and format characters, soft hyphen, BOM. */
export const DROP = 2;
/** A carriage return: dropped before a line feed, a line feed alone. */
export const CR = 3;
/** A space of any width: dropped where CJK text does not need it, else an ASCII space. */
export const SPACE = 4;
/** Replaced by its `fold` unit only between digits: `１，２３４` and `1·5` as a decimal point. */
export const BETWEEN_DIGITS = 5;

/** The sides a space stands between, as bits: a space next to CJK text separates nothing a reader sees. */
export const CJK = 1;
export const DIGIT = 2;
export const LATIN = 4;
/** `%` `‰` and their full-width form: units written after a number. */
export const PERCENT = 8;
export const BREAK = 16;

export interface CharTables {
  action: Uint8Array;
  fold: Uint16Array;
  side: Uint8Array;
}

let tables: CharTables | undefined;

/** The normaliser's per-unit tables, built once: 64k entries each, so the pass is one lookup per unit. */
export function charTables(): CharTables {
  tables ??= buildTables();
  return tables;
}

function buildTables(): CharTables {
  const action = new Uint8Array(0x10000);
  const fold = new Uint16Array(0x10000);
  const side = new Uint8Array(0x10000);
  const set = (code: number, what: number, to = 0) => {
    action[code] = what;
    fold[code] = to;
  };
  // Traditional → simplified first: the fixed folds below win where a code is in both.
  let code = 0;
  for (const pair of T2S_PAIRS.split(',')) {
    code += Number.parseInt(pair.slice(0, -3), 36);
    set(code, REPLACE, Number.parseInt(pair.slice(-3), 36));
  }
  for (const c of [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff, 0xad])
    set(c, DROP);
  for (let c = 0x202a; c <= 0x202e; c++) set(c, DROP); // bidi embeddings
  for (let c = 0x2066; c <= 0x2069; c++) set(c, DROP); // bidi isolates
  for (let c = 0xfe00; c <= 0xfe0f; c++) set(c, DROP); // variation selectors
  set(0x0d, CR);
  for (const c of [0x0b, 0x0c, 0x85, 0x2028, 0x2029]) set(c, REPLACE, 0x0a);
  for (const c of [0x20, 0x09, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) set(c, SPACE);
  for (let c = 0x2000; c <= 0x200a; c++) set(c, SPACE);
  // Full-width digits and letters, and the signs numbers are written with.
  for (let c = 0xff10; c <= 0xff19; c++) set(c, REPLACE, c - 0xfee0);
  for (let c = 0xff21; c <= 0xff3a; c++) set(c, REPLACE, c - 0xfee0);
  for (let c = 0xff41; c <= 0xff5a; c++) set(c, REPLACE, c - 0xfee0);
  for (const c of '％．／＋－＝＜＞＃＊＆＠') set(c.charCodeAt(0), REPLACE, c.charCodeAt(0) - 0xfee0);
  // ， is Chinese punctuation everywhere else; · separates names (丹尼·博伊尔) everywhere else.
  set(0xff0c, BETWEEN_DIGITS, 0x2c);
  for (const c of [0xb7, 0x2027, 0x30fb, 0xff65]) set(c, BETWEEN_DIGITS, 0x2e);

  const mark = (from: number, to: number, bit: number) => {
    for (let c = from; c <= to; c++) side[c] = (side[c] as number) | bit;
  };
  mark(0x2e80, 0x2fdf, CJK); // radicals
  mark(0x3000, 0x303f, CJK); // CJK punctuation: 、。〈〉《》「」
  mark(0x3400, 0x4dbf, CJK);
  mark(0x4e00, 0x9fff, CJK);
  mark(0xf900, 0xfaff, CJK);
  mark(0xff01, 0xff0f, CJK); // full-width punctuation: ！（），
  mark(0xff1a, 0xff20, CJK);
  mark(0xff3b, 0xff40, CJK);
  mark(0xff5b, 0xff65, CJK);
  mark(0x2010, 0x2027, CJK); // dashes, quotation marks and ellipsis as Chinese text uses them
  mark(0xd800, 0xdbff, CJK); // a high surrogate: in Chinese text, a rare ideograph
  mark(0x30, 0x39, DIGIT);
  mark(0xff10, 0xff19, DIGIT);
  mark(0x41, 0x5a, LATIN);
  mark(0x61, 0x7a, LATIN);
  mark(0xff21, 0xff3a, LATIN);
  mark(0xff41, 0xff5a, LATIN);
  for (const c of '%‰％') side[c.charCodeAt(0)] = PERCENT;
  for (const c of [0x0a, 0x0d, 0x0b, 0x0c, 0x85, 0x2028, 0x2029]) side[c] = BREAK;
  return { action, fold, side };
}
