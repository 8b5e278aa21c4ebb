/** A box in viewport coordinates (getBoundingClientRect). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

/**
 * Where the legend goes. `margin`: fixed in a bottom corner, in the free margin beside the article (open,
 * or collapsed to its title bar where only that fits). `docked`: no margin is wide enough (a narrow window,
 * a full-width article), so it sits collapsed in the page just above the article's first line (below its
 * last, when the article starts at the very top), and scrolls with it; it opens upwards, away from the text.
 */
export type LegendPlacement =
  | { mode: 'margin'; side: 'left' | 'right'; collapsed: boolean }
  | { mode: 'docked'; collapsed: true; top: number; left: number; above: boolean };

const MARGIN = 12;
const GAP = 6;

/**
 * Places the legend so that it never covers the article's text: `article` is the article's box now, `scroll`
 * the page's scroll offsets (for docking in page coordinates). Without an article there is nothing to cover.
 */
export function placeLegend(
  open: Size,
  closed: Size,
  viewport: Size,
  article: Box | null,
  scroll = { x: 0, y: 0 },
): LegendPlacement {
  if (!article) return { mode: 'margin', side: 'right', collapsed: false };
  const right = viewport.width - article.right;
  const left = article.left;
  for (const [size, collapsed] of [
    [open, false],
    [closed, true],
  ] as const) {
    if (size.width + 2 * MARGIN <= right) return { mode: 'margin', side: 'right', collapsed };
    if (size.width + 2 * MARGIN <= left) return { mode: 'margin', side: 'left', collapsed };
  }
  const above = article.top + scroll.y >= closed.height + GAP;
  return {
    mode: 'docked',
    collapsed: true,
    above,
    top: above ? article.top + scroll.y - GAP : article.bottom + scroll.y + GAP,
    left: Math.max(0, article.right + scroll.x - closed.width),
  };
}
