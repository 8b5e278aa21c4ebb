import type { Span, TargetKind } from './types';

type Mode = 'goal' | 'past';

// A top-level heading of a report: `一、2021年工作回顾`, `三、2026年重点工作`.
const SECTION_HEADING = /^\s*[#*\s]*[一二三四五六七八九十]{1,3}[、.．]\s*(.{2,40})$/u;
const PAST_HEADING = /回顾|过去|成就|成绩|一年来|五年来|主要工作/u;
const GOAL_HEADING = /今年|任务|总体要求|政策取向|目标|重点工作|部署|安排|建议|规划|十[四五六]五|主要工作和|新的一年/u;
// A paragraph or sentence that opens by looking back, or ahead.
const PAST_OPENING = /^[\s*#—]*(?:过去一年|过去五年|一年来|五年来|去年|上一年|刚刚过去的|回顾)/u;
const GOAL_OPENING = /^[\s*#—]*(?:今年|新的一年|明年|下一步|未来五年|\d{4}年是)/u;
const GOAL_CUE = /预期目标|目标是|力争|拟|计划|将|要|确保|争取|今年/u;
const PAST_CUE = /去年|上年|过去一年|一年来|同比/u;
// 从X提高到Y: X is the baseline, neither a promise nor a result.
const BASELINE_BETWEEN = /^[^，。；\n]{0,6}?(?:提高|提升|增加|增长|上升|下降|降低|减少|扩大|缩小|降|升)(?:到|至|为)$/u;
const BASELINE_BEFORE = /[从由][^，。；\n]{0,12}$/u;

/** Splits the text into sentences: [start, end) ranges ending after 。！？；or a line break. */
function sentenceRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '。' || c === '！' || c === '？' || c === '；' || c === '\n' || c === '!' || c === '?') {
      ranges.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < text.length) ranges.push([start, text.length]);
  return ranges;
}

/**
 * Decides for each target whether it is a goal for the coming period, a past result or neither,
 * from the report's section headings first, then the opening of its paragraph and sentence.
 */
export function classifyKinds(text: string, targets: readonly Span[]): TargetKind[] {
  const kinds: TargetKind[] = [];
  let section: Mode | null = null;
  let paragraph: Mode | null = null;
  let t = 0;
  let lineStart = 0;
  for (const [start, end] of sentenceRanges(text)) {
    if (start === lineStart || text[start - 1] === '\n') {
      lineStart = start;
      const line = text.slice(start, text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start));
      const heading = SECTION_HEADING.exec(line);
      paragraph = null;
      if (heading && !/[。；]/u.test(line)) {
        const title = heading[1] as string;
        if (PAST_HEADING.test(title) && !/今年|任务/u.test(title)) section = 'past';
        else if (GOAL_HEADING.test(title)) section = 'goal';
      } else if (PAST_OPENING.test(line)) paragraph = 'past';
      else if (GOAL_OPENING.test(line)) paragraph = 'goal';
    }
    const sentence = text.slice(start, end);
    let mode: Mode = paragraph ?? section ?? 'goal';
    if (PAST_OPENING.test(sentence)) mode = 'past';
    else if (GOAL_OPENING.test(sentence)) mode = 'goal';
    else if (mode === 'past' && /预期目标|目标是|力争|今年/u.test(sentence)) mode = 'goal';
    else if (section === null && paragraph === null && PAST_CUE.test(sentence) && !GOAL_CUE.test(sentence))
      mode = 'past';
    for (; t < targets.length && (targets[t] as Span).start < end; t++) {
      kinds.push(isBaseline(text, targets, t, start) ? 'other' : mode);
    }
  }
  for (; t < targets.length; t++) kinds.push(section ?? 'goal');
  return kinds;
}

function isBaseline(text: string, targets: readonly Span[], i: number, sentenceStart: number): boolean {
  const here = targets[i] as Span;
  const next = targets[i + 1];
  if (!next) return false;
  return (
    BASELINE_BETWEEN.test(text.slice(here.end, next.start)) &&
    BASELINE_BEFORE.test(text.slice(Math.max(sentenceStart, here.start - 14), here.start))
  );
}
