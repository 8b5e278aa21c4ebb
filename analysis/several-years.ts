import { paragraphEnd, paragraphStart } from './paragraph-bounds';
import { headings } from './section-modes';
import type { Span } from './types';

// A heading of a five-year plan's period, naming no single year: its section's figures span several years.
const PLAN_HEADING = /十[一二三四五六七八九]五|五年/u;
// A heading naming a single year beside the plan's (2025年和“十四五”, 过去一年和五年) holds the year's figures too:
// its paragraphs say which they are.
const YEAR = /(?:19|20)\d\d年|一年|今年|去年/u;
// A paragraph that opens by looking back or ahead over a plan's years.
const SEVERAL_OPENING =
  /^[\s\u3000*#—]*(?:过去五年|五年来|今后五年|未来五年|“?十[一二三四五六七八九]五”?(?:时期|期间))/u;

/**
 * Which targets are several-year figures by their section or paragraph: under a heading of a five-year plan's
 * period (the review of the plan ended and the goals of the plan begun, in a plan's first year), or in a
 * paragraph that opens with 过去五年 or a plan's period. A sentence's own words (年均, 到2035年) are read
 * elsewhere (indicator-phrase.ts). Linear: the headings (section-modes.ts) found once, each paragraph's
 * opening read once.
 */
export function severalYearFigures(text: string, targets: readonly Span[]): boolean[] {
  const plans = headings(text).map(({ at, title }) => ({ at, plan: PLAN_HEADING.test(title) && !YEAR.test(title) }));
  let h = -1;
  let paragraphEnds = -1;
  let opens = false;
  return targets.map((t) => {
    while (h + 1 < plans.length && (plans[h + 1] as { at: number }).at <= t.start) h++;
    // A paragraph's bounds are looked for once, at its first target: looked for at each, a long paragraph of
    // figures (hostile text) is read again for every one of them, square in its length.
    if (t.start >= paragraphEnds) {
      const start = paragraphStart(text, t.start, Math.max(0, paragraphEnds));
      paragraphEnds = paragraphEnd(text, t.start);
      opens = SEVERAL_OPENING.test(text.slice(start, start + 16));
    }
    return opens || plans[h]?.plan === true;
  });
}
