const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '"': '"' };
const OPENING = /[“‘「『《"]/g;
// Quoted names and slogans are short; a longer stretch means the closing mark is missing or far.
const MAX_QUOTE = 80;

/** Ranges [start, end) of text inside quotation marks or title marks, in order. */
export function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  OPENING.lastIndex = 0;
  for (let m = OPENING.exec(text); m; m = OPENING.exec(text)) {
    const end = text.indexOf(PAIRS[m[0]] as string, m.index + 1);
    if (end === -1) continue;
    if (end - m.index <= MAX_QUOTE) {
      ranges.push([m.index + 1, end]);
      OPENING.lastIndex = end + 1;
    }
  }
  return ranges;
}

/** Answers "does [start, end) overlap one of the ranges?" for ascending queries, in amortised constant time. */
export function rangeCursor(ranges: Array<[number, number]>): (start: number, end: number) => boolean {
  let k = 0;
  return (start, end) => {
    while (k < ranges.length && (ranges[k] as [number, number])[1] <= start) k++;
    const r = ranges[k];
    return r !== undefined && r[0] < end && start < r[1];
  };
}
