import type { Spot } from './NoteUi';

/** A rectangle's edges (a DOMRect, or a copy of one). */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A viewport rectangle (getBoundingClientRect) in document coordinates, which stay true after scrolling. */
export function inDocument(rect: Box, doc: Document): Box {
  const x = doc.defaultView?.scrollX ?? 0;
  const y = doc.defaultView?.scrollY ?? 0;
  return { left: rect.left + x, right: rect.right + x, top: rect.top + y, bottom: rect.bottom + y };
}

/**
 * Where a box of `width` goes just below `box` (document coordinates): below the words, so it never
 * covers them; at their start, or (`end`) centred under their last character; kept within the viewport's width.
 */
export function spotBelow(box: Box, doc: Document, align: 'start' | 'end' = 'start', width = 320): Spot {
  const view = doc.defaultView;
  const scrollX = view?.scrollX ?? 0;
  const viewWidth = view?.innerWidth ?? 1024;
  const x = align === 'end' ? box.right - width / 2 : box.left;
  const left = Math.max(scrollX + 4, Math.min(x, scrollX + viewWidth - width - 4));
  return { left: Math.round(left), top: Math.round(box.bottom + 6) };
}
