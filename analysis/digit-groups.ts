import { CJK, charTables, DIGIT, PERCENT, SPACE, sideOf } from './normalize-chars';

const isDigit = (code: number) => sideOf(code) === DIGIT;
const POINTS = new Set([0x2e, 0xff0e]);
// Digit groups at most: a longer chain is no amount a report writes.
const MOST_GROUPS = 6;

/**
 * Whether the one space at `at` separates groups of thousands (`1 200万人`, `57 692.70 亿元`, as typesetting
 * with SI spacing prints them): 1–3 digits before it, after it groups of exactly three digits parted by one
 * space each, and the chain of groups ends in a decimal point, a percent sign or a Chinese character (万, 元,
 * 人). A row of a table (`120 150 180`), years (`2023 2024`) and decimals (`5.2 5.0`) are no such chain.
 */
export function separatesThousands(text: string, at: number): boolean {
  let lead = 0;
  while (lead < 4 && isDigit(text.charCodeAt(at - 1 - lead))) lead++;
  if (lead === 0 || lead > 3) return false;
  const before = text.charCodeAt(at - 1 - lead);
  if (POINTS.has(before)) return false;
  // A group of three after an earlier gap: the chain was judged from its first gap.
  const chained = isSpace(before) && isDigit(text.charCodeAt(at - 2 - lead));
  if (chained && lead !== 3) return false;
  let k = at;
  for (let groups = 0; groups < MOST_GROUPS && isSpace(text.charCodeAt(k)); groups++) {
    for (let d = 1; d <= 3; d++) if (!isDigit(text.charCodeAt(k + d))) return false;
    k += 4;
    const next = text.charCodeAt(k);
    if (isDigit(next)) return false;
    if (POINTS.has(next)) return isDigit(text.charCodeAt(k + 1));
    if ((sideOf(next) & (CJK | PERCENT)) !== 0) return true;
  }
  return false;
}

// One space of any width but a line's end.
// A space of any width (figure, en, thin, hair, no-break, ideographic): typesetting parts groups with each.
// Not a tab, which parts a table's cells.
const isSpace = (code: number) => code !== 0x09 && charTables().action[code] === SPACE;
