// A space written as an HTML entity that a CMS escaped twice, so the page shows it as text: `&nbsp;&nbsp;一、`,
// `1.5&nbsp;万人`, `&amp;nbsp;`. Only entities for spaces: anything else may be what the text says.
const SPACE_ENTITY = /&(?:amp;)?(?:nbsp|ensp|emsp|thinsp|#160|#x0*a0|#12288|#x3000)(?:;|(?![a-z0-9]))/giu;

/** The literal space entities of a text, as flat [start, end) pairs in order; empty for most texts. */
export function entityDrops(text: string): Int32Array {
  if (!text.includes('&')) return new Int32Array(0);
  const drops: number[] = [];
  for (const m of text.matchAll(SPACE_ENTITY)) {
    const end = m.index + m[0].length;
    // Entities in a row are one range.
    if (drops.length > 0 && drops[drops.length - 1] === m.index) drops[drops.length - 1] = end;
    else drops.push(m.index, end);
  }
  return Int32Array.from(drops);
}

/** Two lists of flat [start, end) pairs, each in order, as one list in order with overlapping pairs joined. */
export function mergeDrops(a: Int32Array, b: Int32Array): Int32Array {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const fromA = j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number));
    const start = fromA ? (a[i] as number) : (b[j] as number);
    const end = fromA ? (a[i + 1] as number) : (b[j + 1] as number);
    if (fromA) i += 2;
    else j += 2;
    if (out.length > 0 && start <= (out[out.length - 1] as number)) {
      out[out.length - 1] = Math.max(out[out.length - 1] as number, end);
    } else out.push(start, end);
  }
  return Int32Array.from(out);
}
