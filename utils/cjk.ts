/** CJK unified ideographs (basic, extension A, compatibility): what "Chinese text length" counts. */
export function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

export function countCjk(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isCjk(text.charCodeAt(i))) n++;
  return n;
}

// Half-width , and ; count too: scraped and e-paper texts often use them in running prose.
const PUNCTUATION = /[，。；：、！？“”（）《》,;]/g;

export function countPunctuation(text: string): number {
  return text.match(PUNCTUATION)?.length ?? 0;
}
