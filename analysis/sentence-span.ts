/** What ends a sentence: 。！？；, their ASCII forms and a line break. One list for every reader of sentences. */
export const SENTENCE_ENDS = '。！？；!?;\n';

/**
 * The sentence holding [start, end): from after the last stop (SENTENCE_ENDS, as the text index lists
 * them) before `start` to the first stop at or after `end - 1`, inclusive. A binary search over the
 * stops the index already found, so attaching a sentence to every target costs no second pass.
 */
export function sentenceSpan(stops: Int32Array, start: number, end: number, length: number): [number, number] {
  const before = firstAtOrAfter(stops, start) - 1;
  const after = firstAtOrAfter(stops, Math.max(start, end - 1));
  return [
    before >= 0 ? (stops[before] as number) + 1 : 0,
    after < stops.length ? (stops[after] as number) + 1 : length,
  ];
}

/** The index of the first stop at or after `position` (stops.length when there is none). */
function firstAtOrAfter(stops: Int32Array, position: number): number {
  let low = 0;
  let high = stops.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((stops[middle] as number) < position) low = middle + 1;
    else high = middle;
  }
  return low;
}
