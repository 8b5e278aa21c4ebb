import { type Mode, reportYear } from './period-lean';

export interface Section {
  at: number;
  mode: Mode;
  /** A heading that names both periods (`“十三五”时期发展成就和“十四五”时期主要目标任务`): its paragraphs tell. */
  mixed: boolean;
}

const NUMERALS = '一二三四五六七八九十';
// A top-level heading of a report: `一、2021年工作回顾`, `三、2026年重点工作`, indented by spaces, ideographic
// spaces or Markdown marks. Starts at a line break (the first line is read on its own): a literal first
// character lets the regex engine skip ahead instead of trying every position.
const HEADING_LINE = /\n[ \t\u3000\u00a0#*]*([一二三四五六七八九十]{1,3})[、.．]\s*([^\n\r。；]{2,40})(?=\r?\n|$)/g;
const FIRST_HEADING_LINE = /^[ \t\u3000\u00a0#*]*([一二三四五六七八九十]{1,3})[、.．]\s*([^\n\r。；]{2,40})(?=\r?\n|$)/;
const PAST_HEADING = /回顾|过去|成就|成绩|一年来|五年来|主要工作/u;
const GOAL_HEADING = /今年|任务|总体要求|政策取向|目标|重点工作|部署|安排|建议|规划|十[四五六]五|主要工作和|新的一年/u;
const HEADING_YEAR = /(?<!\d)((?:19|20)\d\d)年/u;

/** A top-level heading: where its line starts, its number, its words, and what they say of its section. */
export interface Heading {
  at: number;
  number: number;
  title: string;
  mode: Mode | null;
  mixed: boolean;
}

/** What a heading's words say of its section; a year before the report's marks a review, its own a plan. */
function headingMode(title: string, year: number | null): Mode | null {
  if (PAST_HEADING.test(title) && !/今年|任务/u.test(title)) return 'past';
  const named = HEADING_YEAR.exec(title);
  if (named && year !== null) return Number(named[1]) < year ? 'past' : 'goal';
  return GOAL_HEADING.test(title) ? 'goal' : null;
}

/** The report's top-level headings, in text order (`一、2021年工作回顾`, `三、2026年重点工作`). */
export function headings(text: string): Heading[] {
  const year = reportYear(text);
  const found: Heading[] = [];
  const add = (m: RegExpExecArray, at: number) => {
    const numeral = m[1] as string;
    const number = numeral.length === 1 ? NUMERALS.indexOf(numeral) + 1 : 0;
    const title = m[2] as string;
    const mixed = PAST_HEADING.test(title) && /今年|任务|目标/u.test(title);
    found.push({ at, number, title, mode: headingMode(title, year), mixed });
  };
  const first = FIRST_HEADING_LINE.exec(text);
  if (first) add(first, 0);
  HEADING_LINE.lastIndex = 0;
  for (let m = HEADING_LINE.exec(text); m; m = HEADING_LINE.exec(text)) add(m, m.index + 1);
  return found;
}

/**
 * The mode each top-level heading sets, in text order. A report reviews before it plans, so a page that starts
 * before a plan's second section (`二、2022年…总体要求`) without a heading of its own starts in the review.
 */
export function sectionModes(text: string): Section[] {
  const list = headings(text);
  const sections: Section[] = [];
  const first = list[0];
  if (first !== undefined && first.number === 2 && first.mode === 'goal' && /[。；]/u.test(text.slice(0, first.at))) {
    sections.push({ at: 0, mode: 'past', mixed: false });
  }
  for (const { at, mode, mixed } of list) if (mode !== null) sections.push({ at, mode, mixed });
  return sections;
}
