export type LegendSide = 'right' | 'left';

/** Answers whether page text lies under a viewport point (our own UI excluded). */
export type TextProbe = (x: number, y: number) => boolean;

const MARGIN = 12;

/**
 * Which bottom corner the legend should sit in so that it covers as little of the page's text as it can:
 * the right one unless the left one covers less (an e-paper page's article column often reaches the right
 * edge while its left holds a page list). Probes a grid of points where the legend would be.
 */
export function chooseLegendSide(
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  probe: TextProbe,
): LegendSide {
  const top = viewport.height - MARGIN - size.height;
  const covered = (left: number) => {
    let hits = 0;
    for (let fx = 0.1; fx < 1; fx += 0.2) {
      for (let fy = 0.1; fy < 1; fy += 0.2) if (probe(left + fx * size.width, top + fy * size.height)) hits++;
    }
    return hits;
  };
  const right = covered(viewport.width - MARGIN - size.width);
  if (right === 0) return 'right';
  return covered(MARGIN) < right ? 'left' : 'right';
}

/**
 * A TextProbe over a live document: is the topmost element at the point article text — an element holding
 * text itself, inside the block that holds our highlights? A page's own sidebar may be covered; the report not.
 */
export function articleTextProbe(doc: Document): TextProbe {
  return (x, y) => {
    const el = doc.elementFromPoint(x, y);
    if (!el || el.localName.startsWith('govmark-')) return false;
    const holdsText = [...el.childNodes].some((node) => node.nodeType === 3 && node.nodeValue?.trim());
    return holdsText && el.parentElement?.querySelector('mark[data-govmark]') != null;
  };
}
