const DIGIT = /[0-9０-９]/u;
const POINT = /[.．,]/u;
const NUMERAL = /[〇零一二两三四五六七八九十百千]/u;

/** Whether the boundary before `text[at]` falls inside a number: 1.|7万亿元, 1|.7, 十|二. */
export function cutsNumber(text: string, at: number): boolean {
  const left = text[at - 1] ?? '';
  const right = text[at] ?? '';
  if (DIGIT.test(left) && DIGIT.test(right)) return true;
  if (NUMERAL.test(left) && NUMERAL.test(right)) return true;
  // A decimal point or thousands comma belongs to the digits either side of it.
  if (DIGIT.test(left) && POINT.test(right)) return DIGIT.test(text[at + 1] ?? '');
  if (POINT.test(left) && DIGIT.test(right)) return DIGIT.test(text[at - 2] ?? '');
  return false;
}

/** The digits and numerals of `text`, in order: what a figure says, whatever words are around it. */
export const figuresOf = (text: string) => text.replace(/[^0-9０-９.．〇零一二两三四五六七八九十百千]/gu, '');
