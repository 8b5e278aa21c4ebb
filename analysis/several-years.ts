import { paragraphStart } from './paragraph-bounds';
import type { Span } from './types';

// A top-level heading (`二、“十三五”时期发展成就和“十四五”时期主要目标任务`), as section-modes.ts reads them.
const HEADING = /(?:^|\n)[ \t\u3000\u00a0#*]*[一二三四五六七八九十]{1,3}[、.．]\s*([^\n\r。；]{2,40})(?=\r?\n|$)/g;
// A heading of a five-year plan's period, naming no single year: its section's figures span several years.
const PLAN_HEADING = /十[一二三四五六七八九]五|五年/u;
const YEAR = /(?:19|20)\d\d年/u;
// A paragraph that opens by looking back or ahead over a plan's years.
const SEVERAL_OPENING =
  /^[\s\u3000*#—]*(?:过去五年|五年来|今后五年|未来五年|“?十[一二三四五六七八九]五”?(?:时期|期间))/u;

/**
 * Which targets are several-year figures by their section or paragraph: under a heading of a five-year plan's
 * period (the review of the plan ended and the goals of the plan begun, in a plan's first year), or in a
 * paragraph that opens with 过去五年 or a plan's period. A sentence's own words (年均, 到2035年) are read
 * elsewhere (indicator-phrase.ts). Linear: headings found once, each paragraph's opening read once.
 */
export function severalYearFigures(text: string, targets: readonly Span[]): boolean[] {
  const plans: [number, boolean][] = [];
  for (const m of text.matchAll(HEADING)) {
    const title = m[1] as string;
    plans.push([m.index + (m[0].startsWith('\n') ? 1 : 0), PLAN_HEADING.test(title) && !YEAR.test(title)]);
  }
  let h = -1;
  let paragraph = -1;
  let opens = false;
  return targets.map((t) => {
    while (h + 1 < plans.length && (plans[h + 1] as [number, boolean])[0] <= t.start) h++;
    const start = paragraphStart(text, t.start, Math.max(0, paragraph));
    if (start !== paragraph) {
      paragraph = start;
      opens = SEVERAL_OPENING.test(text.slice(start, start + 16));
    }
    return opens || (h >= 0 && (plans[h] as [number, boolean])[1]);
  });
}
