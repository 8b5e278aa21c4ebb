// CJK unified ideographs (basic, extension A, compatibility): what "Chinese text length" counts.
const isCjk = (code: number) =>
  (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;

/**
 * The CJK characters are deleted in runs and what is left measured: for the many short texts of a page's first
 * pass, before the browser has optimised anything, one native regex call costs a fraction of a loop, and what
 * is left of Chinese text (punctuation, digits) is a small string to make.
 */
export function countCjk(text: string): number {
  return text.length - text.replace(CJK_RUN, '').length;
}

/** Whether the text holds at least `min` CJK characters: reads only as far as it takes. */
export function hasCjk(text: string, min: number): boolean {
  let n = 0;
  for (let i = 0; i < text.length && n < min; i++) if (isCjk(text.charCodeAt(i))) n++;
  return n >= min;
}

// Half-width , and ; count too: scraped and e-paper texts often use them in running prose.
const PUNCTUATION = /[，。；：、！？“”（）《》,;]/;

export function hasPunctuation(text: string): boolean {
  return PUNCTUATION.test(text);
}
