import { indexText } from './text-index';
import type { Span } from './types';

// `（牵头单位：教育厅、财政厅）`, `(牵头责任单位:自治区农牧厅)`: full- or half-width, one body or several.
// Tried only at the opening brackets the text index found: a pass of the regex engine over the whole text
// costs more than the few hundred tries. Without `u`: every character here is in the BMP.
// The list is the shortest that a closing bracket follows (spaces between): it starts and ends with a
// character that is no space, so the spaces around it are read once, not once per length tried (with runs
// of spaces a list that could start or end in them made a single try cost the square of their length).
// A leader named first (`（责任领导：张三；牵头单位：…）`) is a person, skipped.
const RESPONSIBILITY_AT = new RegExp(
  `[（(]\\s*(?:(?:责任|分管|牵头)?(?:市|省|区|县)?(?:领导|联系人)\\s*[:：][^（）()\\n；;]{0,20}[；;]\\s*)?(?:牵头(?:责任)?(?:单位|部门)|责任(?:单位|部门)|主责(?:单位|部门)|责任主体)\\s*[:：]\\s*(${trimmed('（）()\\n', 200)})\\s*[）)]`,
  'y',
);
// `（省卫生健康委牵头，省教育厅配合）`, `（省教育厅、省财政厅牵头）`: the bodies right before 牵头, nothing else
// between the bracket and them (a date or a condition first is not a list of bodies).
const LEAD_AT = new RegExp(
  `[（(]\\s*(?:由\\s*)?(${trimmed('（）()\\n，,；;：:', 100)})\\s*牵头(?:[，,；;](?:${trimmed('（）()\\n', 200)})??)?\\s*[）)]`,
  'y',
);

/** Regex source: 1 to `max` characters other than `excluded`, neither first nor last a space; the shortest first. */
function trimmed(excluded: string, max: number): string {
  return `(?!\\s)[^${excluded}]{1,${max}}?(?<!\\s)`;
}
// A run of spaces is tried from its first space only (`(?<!\s)`): from each of them, a run not followed by
// 和 would be read to its end again. The leftmost match, all `split` uses, is the same.
const SEPARATOR = /[、，,；;]|(?<!\s)\s+和\s*|(?<=[厅局委办部会院])和/u;

// `牵头单位：省教育厅；配合单位：省财政厅`: only the leading bodies answer for the item.
const SUPPORTING = /(?:[；;，,]|(?<!\s))\s*(?:配合|参与|协办|协同)(?:单位|部门)/u;

// `牵头单位：市园林绿化局；责任单位：各区政府`: a second list that answers for the item too; its label is no name.
const LIST_LABEL = /\s*(?:牵头|责任|主责)(?:责任)?(?:单位|部门)\s*[:：]\s*/gu;

/** The responsible bodies an item names, as written and in order. */
export function parseResponsibleBodies(list: string): string[] {
  return (list.split(SUPPORTING)[0] as string)
    .replace(LIST_LABEL, '、')
    .split(SEPARATOR)
    .map((name) => name.trim().replace(/^等|等$/gu, ''))
    .filter((name) => name.length > 0);
}

/**
 * For each target, the bodies the text makes responsible for its item (a 民生实事 entry closing with
 * a 牵头单位 note or an `X牵头` note), or an empty list.
 */
export function linkResponsibleBodies(
  text: string,
  targets: readonly Span[],
  brackets: Int32Array = indexText(text).brackets,
): string[][] {
  const links: string[][] = [];
  for (let k = 0; k < targets.length; k++) links.push(NONE);
  let t = 0;
  let itemStart = 0;
  let lineStart = 0;
  let lineEnd = -1; // the line break ending the line of the last note
  for (let b = 0; b < brackets.length; b++) {
    const m = responsibilityAt(text, brackets[b] as number);
    if (m === null) continue;
    // The item starts after the last note or at its line's start. Each line is looked up once, at its first
    // note: looked up at each, a long line of notes would be read again for every one.
    if (m.index >= lineEnd) {
      lineStart = text.lastIndexOf('\n', m.index) + 1;
      const next = text.indexOf('\n', m.index);
      lineEnd = next === -1 ? text.length : next;
    }
    const start = Math.max(itemStart, lineStart);
    const bodies = parseResponsibleBodies(m[1] as string);
    while (t < targets.length && (targets[t] as Span).start < start) t++;
    for (; t < targets.length && (targets[t] as Span).end <= m.index; t++) links[t] = bodies;
    itemStart = m.index + m[0].length;
  }
  return links;
}

/** The responsibility note opening at the bracket at `at`, either way of writing it, or null. */
function responsibilityAt(text: string, at: number): RegExpExecArray | null {
  RESPONSIBILITY_AT.lastIndex = at;
  const named = RESPONSIBILITY_AT.exec(text);
  if (named !== null) return named;
  LEAD_AT.lastIndex = at;
  return LEAD_AT.exec(text);
}

// Shared by every target without a responsible body; analyze() gives each target a list of its own.
const NONE: string[] = [];
