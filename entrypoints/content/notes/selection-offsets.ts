import type { MainText } from '../../../utils/main-text';
import { offsetAt } from '../page-text';

/**
 * The main-text span [start, end) a DOM range covers, without the whitespace and line breaks at its edges;
 * null when it covers none of the article's words. A range may start or end anywhere (in an element, in
 * the page chrome around the article): it is clipped to the main text's own nodes.
 */
export function rangeToOffsets(main: MainText, range: Range): { start: number; end: number } | null {
  if (range.collapsed) return null;
  let start: number | null = null;
  let end: number | null = null;
  for (const segment of main.segments) {
    if (!range.intersectsNode(segment.node)) continue;
    start ??= segment.node === range.startContainer ? offsetAt(main, segment.node, range.startOffset) : segment.start;
    end = segment.node === range.endContainer ? offsetAt(main, segment.node, range.endOffset) : segment.end;
  }
  if (start === null || end === null) return null;
  while (start < end && /\s/.test(main.text[start] as string)) start++;
  while (end > start && /\s/.test(main.text[end - 1] as string)) end--;
  return end > start ? { start, end } : null;
}
