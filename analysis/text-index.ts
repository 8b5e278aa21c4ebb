import { agencyLexicon } from './agency-lexicon';
import { DIGIT_NUMERALS, NUMERAL_CHARS } from './quantity-patterns';
import { SENTENCE_ENDS } from './sentence-span';

/**
 * Where the characters the recognisers start from stand in a text, found in one pass: V8's regex engine
 * finds one literal quickly but any of twenty Chinese characters slowly (a class test per character), and
 * the recognisers would otherwise each pay for a pass of their own. Each list is in text order.
 */
export interface TextIndex {
  /** [start, end) pairs, flat: maximal runs of ASCII or full-width digits. */
  digitRuns: Int32Array;
  /** [start, end) pairs, flat: maximal runs of Chinese numerals (零〇一二两三四五六七八九十百千万亿). */
  numeralRuns: Int32Array;
  /** Opening quotation and title marks: “ ‘ 「 『 《 and the ASCII ". */
  quoteMarks: Int32Array;
  /** Ends of sentences and lines: SENTENCE_ENDS (sentence-span.ts). */
  sentenceStops: Int32Array;
  /** Opening brackets, full- and half-width: （ (. */
  brackets: Int32Array;
  /** Characters some agency body ends with (府, 委, 厅…). */
  bodyLasts: Int32Array;
}

/**
 * A list of positions in a growable Int32Array. A plain array of a long page's positions would be copied by
 * every young-generation collection while it grows, and the index's cost would grow faster than the text.
 */
class Positions {
  private data = new Int32Array(256);
  private length = 0;

  push(position: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = position;
  }

  /** The positions pushed so far, as a view without a copy. */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

const DIGIT = 1;
const NUMERAL = 2;
const QUOTE = 4;
const STOP = 8;
const BRACKET = 16;
const BODY_LAST = 32;

const DIAN = '点'.charCodeAt(0);
const DECIMAL_NUMERALS = new Set(Array.from(DIGIT_NUMERALS, (c) => c.charCodeAt(0)));

let classes: Uint8Array | undefined;

function characterClasses(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const mark = (chars: string, flag: number) => {
    for (const char of chars) {
      const code = char.charCodeAt(0);
      table[code] = (table[code] as number) | flag;
    }
  };
  mark('0123456789０１２３４５６７８９', DIGIT);
  mark(NUMERAL_CHARS, NUMERAL);
  mark('“‘「『《"', QUOTE);
  mark(SENTENCE_ENDS, STOP);
  mark('（(', BRACKET);
  for (const code of agencyLexicon().lastCharCodes) table[code] = (table[code] as number) | BODY_LAST;
  return table;
}

/** One table lookup per character; a run of digits or numerals is read to its end at once. */
export function indexText(text: string): TextIndex {
  classes ??= characterClasses();
  const table = classes;
  const digitRuns = new Positions();
  const numeralRuns = new Positions();
  const quoteMarks = new Positions();
  const sentenceStops = new Positions();
  const brackets = new Positions();
  const bodyLasts = new Positions();
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const flags = table[text.charCodeAt(i)] as number;
    if (flags === 0) continue;
    if (flags === DIGIT || flags === NUMERAL) {
      let end = i + 1;
      while (end < length && table[text.charCodeAt(end)] === flags) end++;
      // A decimal in numerals is one run: 零点五, 三点二万亿 (点 then a digit numeral, never 十 or 两).
      while (flags === NUMERAL && text.charCodeAt(end) === DIAN && DECIMAL_NUMERALS.has(text.charCodeAt(end + 1))) {
        end += 2;
        while (end < length && table[text.charCodeAt(end)] === flags) end++;
      }
      const runs = flags === DIGIT ? digitRuns : numeralRuns;
      runs.push(i);
      runs.push(end);
      i = end - 1;
      continue;
    }
    if (flags & QUOTE) quoteMarks.push(i);
    if (flags & STOP) sentenceStops.push(i);
    if (flags & BRACKET) brackets.push(i);
    if (flags & BODY_LAST) bodyLasts.push(i);
  }
  return {
    digitRuns: digitRuns.view(),
    numeralRuns: numeralRuns.view(),
    quoteMarks: quoteMarks.view(),
    sentenceStops: sentenceStops.view(),
    brackets: brackets.view(),
    bodyLasts: bodyLasts.view(),
  };
}
