import type { MainText, TextSegment } from './main-text';

/**
 * What one walk read, as flat arrays (cheaper than an object per node for a page's first, cold pass): its text
 * nodes, joined into one text with one "\n" for each run of line breaks between two of them (never at the start
 * or the end), and, when asked for, the elements it entered.
 */
export class WalkedText<T = never> {
  /** The joined text in pieces: each text node's data, with the "\n"s between. */
  readonly parts: string[] = [];
  readonly nodes: Text[] = [];
  /** Each text node's data, as read. */
  readonly data: string[] = [];
  /** Where each text node's data starts and ends in the joined text; a "\n" lies before it where it starts past the last end. */
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** Where each line starts: the index of its first text node. */
  readonly lines: number[] = [];
  /** For each text node, its parent's record, when the walk made records (`WalkOptions.element`). */
  readonly holders: T[] = [];
  /** The records of the root and each element entered, in document order (parents first). */
  readonly elements: T[] = [];
  #joined = '';
  #joinedParts = 0;

  /** The whole text, joined once however often it is asked for. */
  joinedText(): string {
    if (this.#joinedParts !== this.parts.length) {
      this.#joined = this.parts.join('');
      this.#joinedParts = this.parts.length;
    }
    return this.#joined;
  }

  /**
   * The main text of `root` made of the text nodes `first` to `last` (all by default). For the nodes of one
   * subtree it is the text a walk of that subtree alone gives: the breaks between two of them are its own.
   */
  mainText(root: Element, first = 0, last = this.nodes.length - 1): MainText {
    if (last < first) return { root, text: '', segments: [] };
    const base = this.starts[first] as number;
    const segments: TextSegment[] = [];
    for (let k = first; k <= last; k++) {
      segments.push({
        node: this.nodes[k] as Text,
        start: (this.starts[k] as number) - base,
        end: (this.ends[k] as number) - base,
      });
    }
    return { root, text: this.joinedText().slice(base, this.ends[last]), segments };
  }
}
