import { T2S_PAIRS } from './t2s-table';

/** What the normaliser does with a UTF-16 unit. */
export const KEEP = 0;
/**
 * Always replaced by its `fold` unit, one for one: full-width ASCII, traditional characters, radicals and
 * compatibility ideographs, line separators.
 */
export const REPLACE = 1;
/** Dropped wherever it stands: zero-width and format characters, soft hyphen, BOM. */
export const DROP = 2;
/** A carriage return: dropped before a line feed, a line feed alone. */
export const CR = 3;
/** A space of any width: dropped where CJK text does not need it, else an ASCII space. */
export const SPACE = 4;
/** Replaced by its `fold` unit only between digits: `１，２３４` and `1·5` as a decimal point; 〇 after one. */
export const BETWEEN_DIGITS = 5;
/** A full stop written `.` or `．`: 。 where it ends a Chinese sentence (`任务.今年`), else its `fold` unit. */
export const PERIOD = 6;

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
}

/**
 * CJK Radicals Supplement forms that stand for whole characters, as Unicode's EquivalentUnifiedIdeograph.txt
 * pairs them (NFKC folds none of these): PDF text extraction gives ⻓ for 长, ⻔ for 门.
 */
const SIMPLIFIED_RADICALS: readonly (readonly [number, string])[] = [
  [0x2e9f, '母'],
  [0x2ea0, '民'],
  [0x2ec4, '西'],
  [0x2ec5, '见'],
  [0x2ec6, '角'],
  [0x2ec8, '讠'],
  [0x2ec9, '贝'],
  [0x2ecb, '车'],
  [0x2ed3, '长'],
  [0x2ed4, '门'],
  [0x2ed8, '青'],
  [0x2eda, '页'],
  [0x2edb, '风'],
  [0x2edc, '飞'],
  [0x2edd, '食'],
  [0x2ee2, '马'],
  [0x2ee5, '鱼'],
  [0x2ee9, '黄'],
  [0x2eec, '齐'],
  [0x2eee, '齿'],
  [0x2ef0, '龙'],
  [0x2ef3, '龟'],
];

/** Each source character, and what it reads as. */
const BRACKETS_AND_MARKS: readonly (readonly [string, string])[] = [
  ['【〔［﹙︵﹝〖', '（'],
  ['】〕］﹚︶﹞〗', '）'],
  ['﹕︓', '：'],
  ['﹐︐', '，'],
  ['﹔︔', '；'],
  ['﹑︑､', '、'],
  ['︒｡', '。'],
  ['｢', '「'],
  ['｣', '」'],
];

let tables: CharTables | undefined;

/** The normaliser's per-unit tables, built once: 64k entries each, so the pass is one lookup per unit. */
export function charTables(): CharTables {
  tables ??= buildTables();
  return tables;
}

function buildTables(): CharTables {
  const action = new Uint8Array(0x10000);
  const fold = new Uint16Array(0x10000);
  const set = (code: number, what: number, to = 0) => {
    action[code] = what;
    fold[code] = to;
  };
  // Traditional → simplified first: the fixed folds below win where a code is in both. Parsed by hand: a split()
  // and two parseInt() per pair cost more than the rest of the page's first normalisation.
  const pairs = T2S_PAIRS;
  let code = 0;
  let token = 0;
  for (let k = 0; k <= pairs.length; k++) {
    const c = k < pairs.length ? pairs.charCodeAt(k) : 0x2c;
    if (c !== 0x2c) {
      token = token * 36 + (c <= 0x39 ? c - 0x30 : c - 0x57);
      continue;
    }
    // A token is the distance to the previous source, then the target in three base-36 digits.
    code += Math.floor(token / 46656);
    set(code, REPLACE, token % 46656);
    token = 0;
  }
  // PDF copies: Kangxi radicals (⼈ for 人, ⾨ for 門) and compatibility ideographs, as their unified
  // character, then simplified like any other; the radicals Unicode names as a simplified character's (⻓ for 长).
  for (const [from, to] of [
    [0x2f00, 0x2fd5],
    [0xf900, 0xfaff],
  ] as const) {
    for (let c = from; c <= to; c++) {
      const unified = String.fromCharCode(c).normalize('NFKC');
      const u = unified.charCodeAt(0);
      if (unified.length === 1 && u !== c) set(c, REPLACE, action[u] === REPLACE ? (fold[u] as number) : u);
    }
  }
  for (const [radical, char] of SIMPLIFIED_RADICALS) set(radical, REPLACE, char.charCodeAt(0));
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
  for (const c of '％／＋－＝＜＞＃＊＆＠') set(c.charCodeAt(0), REPLACE, c.charCodeAt(0) - 0xfee0);
  set(0x2e, PERIOD, 0x2e);
  set(0xff0e, PERIOD, 0x2e);
  // Brackets and punctuation in other shapes, as the engine's full-width forms: 【牵头单位：…】 and 〔…〕 as （…）,
  // and the small and vertical forms some PDFs give (﹙﹕﹚, ︵︓︶, ﹐ ﹔ ︑).
  for (const [from, to] of BRACKETS_AND_MARKS) for (const c of from) set(c.charCodeAt(0), REPLACE, to.charCodeAt(0));
  // Dashes and waves as other keyboards and fonts write them: ranges (`5%―6%`, `10〜20万人`) read as with — - ～.
  set(0x2015, REPLACE, 0x2014);
  for (const c of [0x2010, 0x2011, 0x2012, 0x2212]) set(c, REPLACE, 0x2d);
  set(0x301c, REPLACE, 0xff5e);
  // ， is Chinese punctuation everywhere else; · separates names (丹尼·博伊尔) everywhere else.
  set(0xff0c, BETWEEN_DIGITS, 0x2c);
  for (const c of [0xb7, 0x2027, 0x30fb, 0xff65]) set(c, BETWEEN_DIGITS, 0x2e);
  // 〇 typed for 0 after Arabic digits (`10〇〇公里`, `2〇万套`); in `二〇二五年` it stays a numeral.
  set(0x3007, BETWEEN_DIGITS, 0x30);

  return { action, fold };
}

/** A character of the CJK Unified Ideographs block: the Han characters a report is written in. */
export const isHan = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

/** Which side bits a unit has; asked only beside a space, so a few comparisons beat a table built for every page. */
export function sideOf(code: number): number {
  if (isHan(code)) return CJK;
  if (code >= 0x30 && code <= 0x39) return DIGIT;
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return LATIN;
  if (code === 0x25 || code === 0x2030 || code === 0xff05) return PERCENT;
  if (
    code === 0x0a ||
    code === 0x0d ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0x85 ||
    code === 0x2028 ||
    code === 0x2029
  )
    return BREAK;
  if (code >= 0xff10 && code <= 0xff19) return DIGIT;
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) return LATIN;
  // Radicals, CJK punctuation (、。《》「」), extension A, compatibility ideographs, full-width punctuation
  // (！（），), the dashes, quotation marks and ellipsis Chinese text uses, and a surrogate: a rare ideograph.
  if (
    (code >= 0x2e80 && code <= 0x2fdf) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff01 && code <= 0xff65) ||
    (code >= 0x2010 && code <= 0x2027) ||
    (code >= 0xd800 && code <= 0xdfff)
  )
    return CJK;
  return 0;
}
