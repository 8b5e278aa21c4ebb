interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  value?: T;
}

const NONE: never[] = [];

/** A trie over UTF-16 code units: every dictionary word starting (or ending) at a position, in one walk. */
export class CharTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map() };
  private readonly backward: boolean;

  /** A backward trie stores words reversed and finds the words that end at a position. */
  constructor(backward = false) {
    this.backward = backward;
  }

  /** Stores `value` under `word`, or merges it with the value already there. */
  add(word: string, value: T, merge: (old: T, value: T) => T = (_, v) => v): void {
    let node = this.root;
    for (let k = 0; k < word.length; k++) {
      const code = word.charCodeAt(this.backward ? word.length - 1 - k : k);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map() };
        node.next.set(code, child);
      }
      node = child;
    }
    node.value = node.value === undefined ? value : merge(node.value, value);
  }

  /**
   * The other ends and values of every word that starts at `pos` (for a backward trie: that ends at `pos`),
   * longest first.
   */
  matchesAt(text: string, pos: number): ReadonlyArray<readonly [end: number, value: T]> {
    // Most positions start no word: answer them without allocating.
    let found: Array<[number, T]> | undefined;
    let node: TrieNode<T> | undefined = this.root;
    const step = this.backward ? -1 : 1;
    for (let i = this.backward ? pos - 1 : pos; i >= 0 && i < text.length; i += step) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.value === undefined) continue;
      found ??= [];
      found.push([this.backward ? i : i + 1, node.value]);
    }
    return found ? found.reverse() : NONE;
  }
}
