import type { MainText, TextSegment } from './main-text';
import type { TextVisitor } from './text-walk';

/**
 * Joins the text nodes a walk visits into one text, data verbatim, with one "\n" for each run of line
 * breaks between two of them: never at the start or the end, never two in a row.
 */
export class TextCollector implements TextVisitor {
  private readonly parts: string[] = [];
  // Where each text node's data starts and ends in the joined text; segments are made only when asked for.
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private length = 0;
  private pendingBreak = false;

  /** How many text nodes have been collected. */
  get count(): number {
    return this.nodes.length;
  }

  text(node: Text, data: string): void {
    // Inserted lazily, so a break is only ever made between two pieces of text.
    if (this.pendingBreak && this.length > 0) {
      this.parts.push('\n');
      this.length += 1;
    }
    this.pendingBreak = false;
    this.parts.push(data);
    this.nodes.push(node);
    this.starts.push(this.length);
    this.length += data.length;
    this.ends.push(this.length);
  }

  lineBreak(): void {
    this.pendingBreak = true;
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
    return { root, text: this.parts.join('').slice(base, this.ends[last]), segments };
  }
}
