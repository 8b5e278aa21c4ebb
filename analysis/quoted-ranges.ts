const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '"': '"' };
// Quoted names and slogans are short; a longer stretch means the closing mark is missing or far.
const MAX_QUOTE = 80;

/** Ranges [start, end) of text inside quotation marks or title marks, in order. */
export function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let i = 0;
  while (i < text.length) {
    const close = PAIRS[text[i] as string];
    if (close) {
      const end = text.indexOf(close, i + 1);
      if (end > i && end - i <= MAX_QUOTE) {
        ranges.push([i + 1, end]);
        i = end + 1;
        continue;
      }
    }
    i++;
  }
  return ranges;
}

/** Answers "is offset x inside one of the ranges?" for ascending x, in amortised constant time. */
export function rangeCursor(ranges: Array<[number, number]>): (start: number, end: number) => boolean {
  let k = 0;
  return (start, end) => {
    while (k < ranges.length && (ranges[k] as [number, number])[1] <= start) k++;
    const r = ranges[k];
    return r !== undefined && r[0] < end && start < r[1];
  };
}
