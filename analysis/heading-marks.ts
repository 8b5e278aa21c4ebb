// A top-level heading's numeral set off by a comma, a colon or a space instead of 、 (`二，2025年工作安排`,
// `二 2025年工作安排`, `一,促进就业方面5件`): a line of its own, 2–40 characters, no sentence end. A space
// must not open a line set letter by letter (`一 流 大 学`).
const MARKED_HEADING =
  /(?:^|\n)[ \t\u3000\u00a0#*]*[一二三四五六七八九十]{1,3}(?:[，,：:]|[ \u3000\u00a0](?=[^\s][^\s]))(?=[ \t\u3000\u00a0]*[^\s。；][^\n\r。；]{1,39}(?:\r?\n|$))/g;

/**
 * Where a heading's numeral is followed by another mark than 、: the offsets of those marks, in order, for the
 * normaliser to write 、 there. Every reader of headings then reads one form.
 */
export function headingMarks(text: string): Int32Array {
  const found: number[] = [];
  MARKED_HEADING.lastIndex = 0;
  for (let m = MARKED_HEADING.exec(text); m; m = MARKED_HEADING.exec(text)) {
    found.push(m.index + m[0].length - 1);
  }
  return Int32Array.from(found);
}
