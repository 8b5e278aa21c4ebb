/**
 * For `pattern` (at most 32 UTF-16 units), a function giving the fewest edits (insertions, deletions,
 * substitutions) that turn it into some substring of a text: Myers' bit-parallel search (1999) in one machine
 * word, linear in the text. Anchoring weighs the context of every occurrence of a quote, thousands on some
 * pages, against the same recorded context: the pattern is prepared once.
 */
export function fewestEdits(pattern: string): (text: string) => number {
  const m = pattern.length;
  if (m > 32) throw new RangeError('fewestEdits: pattern longer than 32');
  const peq = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const code = pattern.charCodeAt(i);
    peq.set(code, (peq.get(code) ?? 0) | (1 << i));
  }
  const last = 1 << (m - 1);
  return (text) => {
    if (m === 0) return 0;
    let pv = -1;
    let mv = 0;
    let score = m;
    let best = m;
    for (let j = 0; j < text.length && best > 0; j++) {
      const eq = peq.get(text.charCodeAt(j)) ?? 0;
      const xv = eq | mv;
      // Bits past the pattern's length carry garbage upwards only; the score reads bit m - 1.
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & last) score++;
      else if (mh & last) score--;
      // A match may start anywhere in the text: nothing is carried into the first row.
      ph <<= 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
      if (score < best) best = score;
    }
    return best;
  };
}
