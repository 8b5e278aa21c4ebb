const NONE: never[] = [];

// Node id times this plus a UTF-16 code unit: a small integer key (under 2^30) for up to 16,000 nodes.
const CODE_UNITS = 0x10000;

/** A trie over UTF-16 code units: every dictionary word starting (or ending) at a position, in one walk. */
export class CharTrie<T> {
  /**
   * Every edge in one map, keyed by node id and character, rather than a map per node: the trie is built on
   * each page load, before the browser has optimised anything, and thousands of small maps cost most of that.
   */
  private readonly edges = new Map<number, number>();
  /** The value stored at each node id; node 0 is the root. */
  private readonly values: (T | undefined)[] = [undefined];
  private readonly backward: boolean;

  /** A backward trie stores words reversed and finds the words that end at a position. */
  constructor(backward = false) {
    this.backward = backward;
  }

  /** Stores `value` under `word`, or merges it with the value already there. */
  add(word: string, value: T, merge: (old: T, value: T) => T = (_, v) => v): void {
    let node = 0;
    for (let k = 0; k < word.length; k++) {
      const key = node * CODE_UNITS + word.charCodeAt(this.backward ? word.length - 1 - k : k);
      let child = this.edges.get(key);
      if (child === undefined) {
        child = this.values.length;
        this.values.push(undefined);
        this.edges.set(key, child);
      }
      node = child;
    }
    const old = this.values[node];
    this.values[node] = old === undefined ? value : merge(old, value);
  }

  /**
   * The other ends and values of every word that starts at `pos` (for a backward trie: that ends at `pos`),
   * longest first.
   */
  matchesAt(text: string, pos: number): ReadonlyArray<readonly [end: number, value: T]> {
    // Most positions start no word: answer them without allocating.
    let found: Array<[number, T]> | undefined;
    let node: number | undefined = 0;
    const step = this.backward ? -1 : 1;
    for (let i = this.backward ? pos - 1 : pos; i >= 0 && i < text.length; i += step) {
      node = this.edges.get(node * CODE_UNITS + text.charCodeAt(i));
      if (node === undefined) break;
      const value = this.values[node];
      if (value === undefined) continue;
      found ??= [];
      found.push([this.backward ? i : i + 1, value]);
    }
    return found ? found.reverse() : NONE;
  }
}
