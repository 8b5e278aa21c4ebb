import { parseChineseNumeral } from './numbers';
import { endsParagraph, paragraphEnd, paragraphStart } from './paragraph-bounds';
import { leaning, type Mode, reportYear } from './period-lean';
import { type Section, sectionModes } from './section-modes';
import { indexText } from './text-index';
import type { Span, Target, TargetKind } from './types';

// A paragraph or sentence that opens by looking back, or ahead. The patterns read every sentence that holds a
// target: no `u` flag (all of it is in the BMP), which V8 runs faster.
// The words that name a period; 今年以来 looks back over the months gone: a result, not a plan.
const PAST_PERIOD = '过去一年|过去五年|一年来|五年来|去年|上一年|今年以来';
const GOAL_PERIOD = '今年(?!以来)|新的一年|明年|下一步|未来五年';
const PAST_OPENING = new RegExp(`^[\\s\u3000*#—]*(?:${PAST_PERIOD}|刚刚过去的|回顾)`);
const GOAL_OPENING = new RegExp(`^[\\s\u3000*#—]*(?:${GOAL_PERIOD})`);
const GOAL_CUE = /预期目标|目标是|力争|拟|计划|将|要|确保|争取|今年/;
// 比上年增加5000亿元 compares a plan with last year: a comparison, not a look back.
const PAST_CUE = /(?<![比较])(?:去年|上年)|过去一年|一年来|同比/;
// Records and last year only a result has: in a plan's section they still mark the sentence as a look back.
// Not the particle 了 (`为6%以上，考虑了…` explains a plan), nor 去年 in a comparison (`增幅明显高于去年`).
// 去年 opening a clause turns the period from there on (clauseTurns), not the whole sentence.
const DONE_CUE = /首次|创(?:历史)?新高|居全国|位居|(?<![比较同于与，,：:])去年/;
// A review's sentence turns to a goal where it states one (`…，目标是…`, `力争…`), not before: `失业率为5.1%，
// 低于5.5%左右的预期目标` holds a result, then the goal it is measured against.
const GOAL_STATEMENT = '(?:预期)?目标(?:是|为)|力争';
// A goal named as such after its figure (`完成1万个的年度目标`, `下降13.5%的目标`): a goal, in a review too.
const RESTATED_GOAL = /^的?(?:预期|年度|全年|规划|既定|计划|约束性|目标任务)?目标/;
// Or its clause ends saying the goal was met: `1亿农业转移人口…在城镇落户目标顺利实现`.
const GOAL_MET_AFTER = /^[^，。；！\n0-9]{0,18}目标(?:任务)?(?:已经?|顺利|如期|全面|提前|超额|基本)?(?:实现|完成|达成)/;
// 从X提高到Y: X is the baseline, neither a promise nor a result.
const BASELINE_BETWEEN =
  /^[^，。；\n]{0,6}?(?:提高|提升|增加|增长|上升|下降|降低|减少|扩大|缩小|跃升|攀升|降|升|增|减)(?:到|至|为)[^，。；\n]{0,10}$/;
const BASELINE_BEFORE = /[从由][^，。；\n]{0,12}$/;

/**
 * Decides for each target whether it is a goal for the coming period, a past result or neither,
 * from the report's section headings first, then the opening of its paragraph and sentence.
 * Only the sentences that hold targets are read, so the cost follows the number of targets.
 */
export function classifyKinds(
  text: string,
  targets: readonly Span[],
  stops: Int32Array = indexText(text).sentenceStops,
): TargetKind[] {
  const sections = sectionModes(text);
  const year = reportYear(text);
  // What a paragraph's first words say of its period: a period word; under a heading that names two five-year
  // plans, also a plan's name (a report in a plan's last year still reviews it: 十四五 in 2025 is no goal).
  let mixed = false;
  const opening = (at: number) => openingCue(text, at) ?? (mixed ? planCue(text, at, year) : null);
  let stop = 0; // the first sentence stop at or after the target
  let s = -1;
  let lineStart = -1;
  let paragraph: Mode | null = null;
  let lastCue: Mode | null = null;
  let lineEnd = -1;
  let around: [number, number] = [-1, -1];
  let mode: Mode = 'goal';
  let turns: Turn[] = NO_TURNS;
  let turn = 0; // the first of the sentence's turns at or after the target: targets come in order
  const kinds: TargetKind[] = [];
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i] as Span;
    while (s + 1 < sections.length && (sections[s + 1] as { at: number }).at <= target.start) {
      s++;
      lastCue = null; // a section's paragraphs do not go on in the period of the section before
    }
    const section = s >= 0 ? (sections[s] as Section).mode : null;
    mixed = s >= 0 && (sections[s] as Section).mixed;
    // Under no heading, or one that names both periods, a paragraph's words tell its period.
    const byParagraph = section === null || mixed;
    if (target.start >= lineEnd) {
      // Paragraphs, not lines: text copied from a PDF breaks lines inside sentences.
      // A section's paragraphs look back no further than its heading for the period they go on in.
      const from = Math.max(0, lineEnd, mixed ? (sections[s] as Section).at : 0);
      lineStart = paragraphStart(text, target.start, from);
      lineEnd = paragraphEnd(text, target.start);
      const cue = opening(lineStart);
      // Without a section heading (a page from the middle of a printing), a paragraph's words tell its period;
      // one whose words do not goes on in the period the last paragraph took, with or without targets of its
      // own (`回顾过去一年，…`): a review runs over many paragraphs.
      if (byParagraph) {
        lastCue =
          cue ?? leaning(text.slice(lineStart, lineEnd)) ?? lastOpeningCue(text, from, lineStart, opening) ?? lastCue;
      }
      paragraph = cue ?? (byParagraph ? lastCue : null);
    }
    if (target.start >= around[1]) {
      while (stop < stops.length && (stops[stop] as number) < target.start) stop++;
      const sentenceStart = stop > 0 ? (stops[stop - 1] as number) + 1 : 0;
      around = [sentenceStart, stop < stops.length ? (stops[stop] as number) + 1 : text.length];
      const sentence = text.slice(around[0], around[1]);
      mode = sentenceMode(sentence, section, paragraph);
      turns = clauseTurns(sentence, around[0], mode);
      turn = 0;
    }
    // The mode of the last clause before the target that named a period, else the sentence's own.
    while (turn < turns.length && (turns[turn] as Turn).at < target.start) turn++;
    const turned = turn > 0 ? (turns[turn - 1] as Turn).mode : mode;
    const after = text.slice(target.end, target.end + 28);
    const kind = RESTATED_GOAL.test(after) || GOAL_MET_AFTER.test(after) ? 'goal' : turned;
    kinds.push(isBaseline(text, targets, i, around[0]) || isBackground(text, target) ? 'other' : kind);
  }
  return kinds;
}

function openingCue(text: string, at: number): Mode | null {
  const opening = text.slice(at, at + 12);
  return PAST_OPENING.test(opening) ? 'past' : GOAL_OPENING.test(opening) ? 'goal' : null;
}

// A five-year plan's period opening a paragraph: `“十四五”时期是…`, `十三五以来`.
const PLAN_OPENING = /^[\s\u3000*#—]*“?(十[一二三四五六七八九])五”?/u;

/** The period a five-year plan named at a paragraph's start is, for a report of `year`: its own plan or a later one is ahead. */
function planCue(text: string, at: number, year: number | null): Mode | null {
  const m = year === null ? null : PLAN_OPENING.exec(text.slice(at, at + 12));
  if (!m || year === null) return null;
  // The 11th plan (十一五) began in 2006; each plan five years after the one before.
  const ends = 2006 + ((parseChineseNumeral(m[1] as string) as number) - 11) * 5 + 4;
  return ends < year ? 'past' : 'goal';
}

/** The period named by the last paragraph opening in [from, to), if any names one. */
function lastOpeningCue(text: string, from: number, to: number, opening: (at: number) => Mode | null): Mode | null {
  let found: Mode | null = null;
  for (let at = from; at < to; at = text.indexOf('\n', at) + 1) {
    // Only where a paragraph opens: a line of PDF text that goes on a sentence opens nothing.
    if (at === 0 || endsParagraph(text, at - 1)) found = opening(at) ?? found;
    if (text.indexOf('\n', at) === -1) break;
  }
  return found;
}

/** The sentence's own opening first, then its paragraph's, then its section's. */
function sentenceMode(sentence: string, section: Mode | null, paragraph: Mode | null): Mode {
  if (PAST_OPENING.test(sentence)) return 'past';
  if (GOAL_OPENING.test(sentence)) return 'goal';
  const mode: Mode = paragraph ?? section ?? 'goal';
  if (mode === 'goal' && paragraph === null && !GOAL_CUE.test(sentence)) {
    if (section === null ? PAST_CUE.test(sentence) : DONE_CUE.test(sentence)) return 'past';
  }
  return mode;
}

/** Where a later clause of a sentence turns to the other period: `去年完成1万亿元，今年要达到1.2万亿元`. */
interface Turn {
  at: number;
  mode: Mode;
}
const NO_TURNS: Turn[] = [];
// Inside a clause too: last year's figure cited in a plan (`与去年实际完成的3.2万人基本持平`), a goal stated in a review.
// Not after 比/较 (`比去年实际完成额增长10%` compares a goal with it); only for its own clause (below).
const PAST_STATEMENT = '(?<![比较])(?:去年|上年)(?:实际)?(?:完成|实现)?的';
// Last year's figure a goal is set on (`这一目标是在去年增长4.6%的基础上提出的`): cited up to 基础上, with a figure
// between (`在去年基础上增长5%` sets the goal on last year, and the figure is the goal).
const PAST_BASE = '在(?:去年|上年)(?=[^，,。；;\\d]{0,8}\\d[^，,。；;]{0,16}基础上)';
const CLAUSE_TURN = new RegExp(
  `[，,：:](?:(${PAST_PERIOD})|${GOAL_PERIOD})|(${PAST_STATEMENT})|(${PAST_BASE})|${GOAL_STATEMENT}`,
  'g',
);

const CLAUSE_END = /[，,；;]/g;

/**
 * The clause openings inside a sentence that name a period, in order (most sentences have none). Last year's
 * figure cited inside a clause turns that clause only: the sentence goes on in `mode` after it.
 */
function clauseTurns(sentence: string, offset: number, mode: Mode): Turn[] {
  let turns = NO_TURNS;
  let current = mode; // the period in effect, to go back to after a cited clause
  let back = -1; // where a cited clause ends
  let clauseEnd = -1; // the first clause end at or after the last match looked up, or the sentence's length
  CLAUSE_TURN.lastIndex = 0;
  for (let m = CLAUSE_TURN.exec(sentence); m; m = CLAUSE_TURN.exec(sentence)) {
    if (turns === NO_TURNS) turns = [];
    if (back >= 0 && back <= m.index) turns.push({ at: offset + back, mode: current });
    back = -1;
    const turned: Mode = (m[1] ?? m[2] ?? m[3]) === undefined ? 'goal' : 'past';
    turns.push({ at: offset + m.index, mode: turned });
    if (m[3] !== undefined) {
      // The base ends where its 基础上 does: the lookahead saw it inside the clause.
      back = sentence.indexOf('基础上', CLAUSE_TURN.lastIndex) + 3;
    } else if (m[2] === undefined) current = turned;
    else {
      // Looked up again only past the last one found: a sentence of citations without commas is read once.
      if (clauseEnd < CLAUSE_TURN.lastIndex) {
        CLAUSE_END.lastIndex = CLAUSE_TURN.lastIndex;
        clauseEnd = CLAUSE_END.exec(sentence)?.index ?? sentence.length;
      }
      back = clauseEnd < sentence.length ? clauseEnd : -1;
    }
  }
  if (back >= 0) turns.push({ at: offset + back, mode: current });
  return turns;
}

// The guideline's background figures: a population (`我国有2.9亿在校学生`, `14亿多中国人`, `14亿人口`) and
// the expected number of graduates (`今年高校毕业生超过1000万人`); neither the government's result nor its goal.
// Also a population written before its number (`常住人口达到954.7万人`, `老年人口已达180万人`), but not the poor
// the government lifts out of poverty.
const BACKGROUND_BEFORE =
  /(?:(?:我国|全国|全省|全市|全区|全自治区)现?有|毕业生(?:规模|人数)?(?:预计|将)?|(?<!贫困|脱贫|转移)人口(?:总量|规模|总数)?(?:已经?|约|共|为|有)?)$/;
const BACKGROUND_AFTER = /^多?(?:中国人|人口)/;

// A billion people or more is the nation's population (`保障好14亿人的粮食安全`), never a count of results.
const NATION = 1e9;

function isBackground(text: string, target: Span | Target): boolean {
  if ('unit' in target && target.unit === '人' && typeof target.value === 'number' && target.value >= NATION)
    return true;
  return (
    BACKGROUND_BEFORE.test(text.slice(Math.max(0, target.start - 8), target.start)) ||
    BACKGROUND_AFTER.test(text.slice(target.end, target.end + 4))
  );
}

function isBaseline(text: string, targets: readonly Span[], i: number, sentenceStart: number): boolean {
  const here = targets[i] as Span;
  const next = targets[i + 1];
  if (!next || next.start - here.end > 20) return false;
  return (
    BASELINE_BETWEEN.test(text.slice(here.end, next.start)) &&
    BASELINE_BEFORE.test(text.slice(Math.max(sentenceStart, here.start - 14), here.start))
  );
}
