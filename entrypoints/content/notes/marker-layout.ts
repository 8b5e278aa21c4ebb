/** One marker to place: the note's id and the document y of its passage's first line. */
export interface MarkerAnchor {
  id: string;
  top: number;
}

/** The article's text column in document coordinates (x only: markers go beside it). */
export interface Column {
  left: number;
  right: number;
}

export interface MarkerSpot {
  id: string;
  left: number;
  top: number;
}

export interface MarkerLayoutOptions {
  /** The page's full width, for the room right of the column. */
  pageWidth: number;
  /** A marker's width and height. */
  size?: number;
  /** Space between a marker and the text column. */
  gap?: number;
}

/**
 * Places the margin markers beside the text column, never over it: in the left margin when it has room,
 * else in the right one, else as far left as the page goes. Markers of nearby passages are stacked
 * downwards so they never cover one another.
 */
export function layoutMarkers(
  anchors: readonly MarkerAnchor[],
  column: Column,
  { pageWidth, size = 22, gap = 6 }: MarkerLayoutOptions,
): MarkerSpot[] {
  const leftSide = column.left - gap - size;
  const rightSide = column.right + gap;
  const left = leftSide >= 0 ? leftSide : rightSide + size <= pageWidth ? rightSide : Math.max(0, leftSide);
  let next = Number.NEGATIVE_INFINITY;
  return [...anchors]
    .sort((a, b) => a.top - b.top)
    .map(({ id, top }) => {
      const y = Math.max(top, next);
      next = y + size + 2;
      return { id, left: Math.round(left), top: Math.round(y) };
    });
}
