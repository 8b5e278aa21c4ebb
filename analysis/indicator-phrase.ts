import { listNames } from './list-names';
import { SENTENCE_ENDS } from './sentence-span';
import type { Span, Target } from './types';

/** What one target measures, read from its sentence. */
export interface Measure {
  /** The measured noun phrase without change verbs, bounds, scope or time words: 地区生产总值, 老旧小区改造完工. */
  subject: string;
  /** The noun after the number when the number counts it (为380个老旧小区引入物业服务): the better key to match on. */
  object: string;
  /** rise/fall: a rate or amount of change (增长5%, 下降3%); level: a value reached or held (达到, 控制在). */
  change: 'level' | 'rise' | 'fall';
  /** new: a yearly increment (新增); total: a running total (累计, 总里程); '' neither. */
  flavour: '' | 'new' | 'total';
  /** A several-year figure (年均, 累计, a five-year plan's sentence): joins the yearly indicator, ranks after it. */
  multiYear: boolean;
  /** The topic the sentence opens with (经济增速是…), for a number whose own clause names nothing; else ''. */
  topic: string;
  /** Where the target's clause and sentence start: figures of one clause are aspects of one thing. */
  clause: number;
  sentence: number;
}

// Where a measured phrase cannot reach across: sentence ends, clause commas, colons, brackets. By character
// code: these are tested for every character walked over, and a regex test per character costs a call and a string.
const codes = (chars: string) => {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
};
const CLAUSE_ENDS = '：:，,（）()';
const SENTENCE_STOP = codes(SENTENCE_ENDS);
const HARD_STOP = codes(SENTENCE_ENDS + CLAUSE_ENDS);

/** What ends a sentence, as a pattern, for a search rather than a walk. */
export const SENTENCE_END = new RegExp(`[${SENTENCE_ENDS}]`);
// The noun a number counts ends where a clause does, at a list's comma, at the next number, or at any mark that
// is no word (a footnote's ①, ※, a quotation mark): only Han characters and Latin letters go on.
const OBJECT_STOP = new RegExp(`[${SENTENCE_ENDS}${CLAUSE_ENDS}、0-9]|[^\\p{Script=Han}A-Za-z]`, 'u');
// A character that cannot start the noun a number counts (的, conjunctions, bound words, comparisons).
const NOT_OBJECT_START = /[^\p{Script=Han}]|[的地得和与及或以等多余内外左右后前中间次倍分每是为在到至比较]/u;
// Scope, time and stance words in front of the measured noun: 全国城镇调查失业率 is 城镇调查失业率.
const LEADING =
  /^(?:[\s—\-“”"'‘’、·]|其中|同时|并且|以及|而且|并|全年|今年|明年|去年|上年|当年|年末|年底|年内|[一二三四五六七八九十〇零]{4}年|\d{4}年|全国|全省|全市|全区|全州|全县|全盟|全自治区|本市|本省|将|把|对|力争|确保|努力|预计|争取|实现|经济社会发展|发展|主要预期目标是|预期目标是|目标是|主要预期目标|预期目标)+/u;
// Change words right before the number, longest first; read from the end of the phrase backwards.
const LEVEL_WORDS = [
  '提高到',
  '提高至',
  '提升到',
  '提升至',
  '增加到',
  '增加至',
  '增长到',
  '增长至',
  '下降到',
  '下降至',
  '降低到',
  '降低至',
  '减少到',
  '减少至',
  '控制在',
  '保持在',
  '稳定在',
  '维持在',
  '设定为',
  '不低于',
  '不少于',
  '不超过',
  '不高于',
  '不到',
  '不足',
  '达到',
  '完成',
  '实现',
  '降到',
  '降至',
  '增至',
  '升至',
  '突破',
  '超过',
  '高于',
  '低于',
  '平均为',
  '保持',
  '稳定',
  '约为',
  '拟按',
  '按',
  '达',
  '为',
  '是',
  '至',
  '到',
  '超',
  '约',
  '近',
  '在',
  '从',
  '由',
];
const RISE_WORDS = [
  '增长率',
  '增长',
  '增加',
  '上涨',
  '涨幅',
  '增幅',
  '增速',
  '提高',
  '提升',
  '上升',
  '扩大',
  '增',
  '涨',
];
const FALL_WORDS = ['下降', '降低', '减少', '降幅', '压减', '缩小', '降', '减'];
const NEUTRAL_WORDS = [
  '预期目标',
  '预期',
  '设定',
  '年均',
  '平均',
  '同比',
  '比上年',
  '较上年',
  '实际',
  '名义',
  '全年',
  '分别',
  '继续',
  '稳步',
  '持续',
  '进一步',
  '力争',
  '努力',
  '争取',
  '累计',
  '总计',
  '合计',
  '一共',
  '预计',
  '目标',
  '再',
  '共',
  '均',
  '已',
  '将',
  '要',
];
const MULTI_YEAR_WORDS = new Set(['年均', '累计']);
const TOTAL_WORDS = new Set(['累计', '总计', '合计', '一共', '共']);
const SUFFIXES = [
  ...LEVEL_WORDS.map((w) => [w, 'level'] as const),
  ...RISE_WORDS.map((w) => [w, 'rise'] as const),
  ...FALL_WORDS.map((w) => [w, 'fall'] as const),
  ...NEUTRAL_WORDS.map((w) => [w, 'neutral'] as const),
].sort((a, b) => b[0].length - a[0].length);
type Suffix = (typeof SUFFIXES)[number];
// The change words of two characters or more, looked up by the two or three characters after a number.
const CHANGE_AHEAD = new Set(SUFFIXES.map(([w]) => w).filter((w) => w.length > 1));
// The words by their last character, longest first: one lookup instead of a hundred endsWith per step.
const BY_LAST = new Map<string, Suffix[]>();
for (const suffix of SUFFIXES) {
  const last = suffix[0].at(-1) as string;
  BY_LAST.set(last, [...(BY_LAST.get(last) ?? []), suffix]);
}
// A five-year plan's sentence, or one that looks to a year ahead: not the coming year's figure.
const MULTI_YEAR_SENTENCE = /十[一二三四五六七]五|“十|五年|期间|规划期|到20\d\d年|20\d\d年前|年均/g;

/** A phrase with its change words taken off the end, and what they said. */
function stripChange(phrase: string): { rest: string; change: Measure['change']; words: string[] } {
  let rest = phrase;
  let change: Measure['change'] = 'level';
  let decided = false;
  const words: string[] = [];
  for (;;) {
    const hit = BY_LAST.get(rest.at(-1) ?? '')?.find(([w]) => rest.endsWith(w));
    if (!hit) break;
    const [word, sort] = hit;
    rest = rest.slice(0, -word.length);
    words.push(word);
    // The word nearest the number decides: 增幅超过40% is a rise, 提高到65% a level.
    if (!decided && sort !== 'neutral') {
      change = sort === 'level' ? 'level' : sort;
      decided =
        sort !== 'level' || !/^(?:超过|超|突破|不低于|不少于|不超过|约|近|达|达到|完成|实现|为|按|拟按)$/u.test(word);
    }
  }
  return { rest, change, words };
}

function cleanLeading(phrase: string): string {
  return phrase.replace(LEADING, '');
}

/** The noun a number counts, when one follows it: 为380个【老旧小区引入物业服务】. */
function objectAfter(text: string, end: number): string {
  if (NOT_OBJECT_START.test(text[end] ?? '。')) return '';
  // 从75.6%提升至76.5%: a change word after the number starts the next clause, not a noun.
  if (CHANGE_AHEAD.has(text.slice(end, end + 2)) || CHANGE_AHEAD.has(text.slice(end, end + 3))) return '';
  let stop = end;
  while (stop < text.length && stop - end < 14 && !OBJECT_STOP.test(text[stop] as string)) stop++;
  return text.slice(end, stop);
}

/**
 * What each target measures, from the words around it: the subject before its change verb (X增长/提高到/
 * 达到/控制在 …), or the noun it counts; a target whose clause names nothing (…，增长8.1%) takes the subject
 * of the target before it in the same sentence; in a 分别 list the k-th number takes the k-th subject.
 */
export function readMeasures(original: string, targets: readonly Target[]): Measure[] {
  const text = joinWrappedLines(original);
  const measures: Measure[] = [];
  const openings = openingsBefore(text);
  const multiYear = sentencesLookingAhead(text);
  const lists = listsBefore(text, targets);
  // The last 分别 list's names, while the clauses after it in its sentence go on with it: `given` numbers so far,
  // and where the clause at `at` starts taking names (`offset`).
  let carried: {
    names: string[];
    sentence: number;
    clause: number;
    given: number;
    at: number;
    offset: number;
    verbs: string;
  } | null = null;
  let clauseAt = -1;
  let clauseFirst = 0;
  targets.forEach((t, i) => {
    const prev = targets[i - 1];
    const { clause: whole, sentence: sentenceAt, fenbie } = openings(t.start);
    if (whole !== clauseAt) {
      clauseAt = whole;
      clauseFirst = i;
    }
    const start = Math.max(whole, prev && prev.end <= t.start ? prev.end : 0);
    // Reports carry stray spaces and zero-width marks inside phrases (设定 \u200b 为).
    let left = text.slice(start, t.start).replace(/[\s\u200b-\u200d\ufeff]+/gu, '');
    let listed = fenbie < 0 ? null : lists(i, whole, fenbie);
    if (listed) {
      if (carried?.clause !== whole) {
        carried = {
          names: listed.names,
          sentence: sentenceAt,
          clause: whole,
          given: 0,
          at: whole,
          offset: 0,
          verbs: listed.verbs,
        };
      }
      carried.given++;
    } else if (carried?.sentence === sentenceAt && carried.clause !== whole) {
      // 分别达6.9万元、3.4万元，增长4.2%、5.3%: a clause that names nothing goes on with the list, number for
      // number, from its first name again; 分别达6.9万元，3.4万元 (a comma for 、) from the next name the list
      // has not given yet.
      if (carried.at !== whole) {
        carried.at = whole;
        carried.offset = carried.given < carried.names.length ? carried.given : 0;
      }
      const k = carried.offset + i - clauseFirst;
      listed = goOnWithList(text, carried.names, whole, (targets[clauseFirst] as Span).start, k);
      if (!listed) carried = null;
      else if (carried.offset > 0) {
        // The list's own change words (分别增长) hold for the numbers it goes on with.
        listed = { ...listed, verbs: carried.verbs };
        carried.given++;
      }
    } else carried = null;
    left = listed ? listed.verbs : left.slice(left.lastIndexOf('、') + 1);
    // 杜家坎等30项: the examples before 等 are not what is counted.
    if (left.endsWith('等')) left = left.replace(/[^、，]{1,10}等$/u, '');
    const { rest, change, words } = stripChange(left);
    // 起征点从月销售额10万元: what follows 从 qualifies the baseline, it is not the measured thing.
    const named = (listed ? listed.subject : rest).replace(/[从由][^从由]*$/u, '');
    let subject = cleanLeading(stripChange(cleanLeading(named)).rest);
    // A share (50%以上号源) is of something, not a count of it.
    const object = (targets[i] as Target).unit === '%' ? '' : objectAfter(text, t.end);
    const prevMeasure = measures[i - 1];
    if (!subject && !object && prevMeasure && prev && !SENTENCE_END.test(text.slice(prev.end, t.start))) {
      subject = prevMeasure.subject || prevMeasure.object;
    }
    const said = `${left}${object}`;
    const flavour: Measure['flavour'] =
      words.some((w) => TOTAL_WORDS.has(w)) || /^总/u.test(subject)
        ? 'total'
        : /新增|新建|新开工/u.test(said) || /新增|新建/u.test(subject)
          ? 'new'
          : '';
    measures.push({
      subject,
      object,
      change,
      flavour,
      multiYear: words.some((w) => MULTI_YEAR_WORDS.has(w)) || multiYear(sentenceAt, t.end),
      topic: subject || object ? '' : sentenceTopic(text, sentenceAt, whole),
      clause: whole,
      sentence: sentenceAt,
    });
  });
  return measures;
}

/** 经济增速是综合性指标，今年预期目标设定为6%以上: the topic a sentence opens with (经济增速). */
function sentenceTopic(text: string, start: number, clause: number): string {
  // The topic stands in the sentence's first words: a long opening is read no further than that.
  const first = text.slice(start, Math.min(clause - 1, start + TOPIC_REACH));
  const topic = /^(.{2,12}?)(?:是|作为)/u.exec(first.replace(LEADING, ''))?.[1];
  return topic ?? '';
}

// A line broken inside a sentence (设定\n\u200b\n为, as some online libraries print reports): the break
// becomes spaces, offsets unchanged. A line without a comma (a heading) still ends where it ends.
const GAP = /[\s\u200b-\u200d\ufeff]/u;
const WORD = /[\p{Script=Han}\d]/u;

function joinWrappedLines(text: string): string {
  let out = '';
  let copied = 0;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; ) {
    let before = nl;
    while (before > lineStart && GAP.test(text[before - 1] as string)) before--;
    let after = nl;
    while (after < text.length && GAP.test(text[after] as string)) after++;
    // The blank lines inside the gap join nothing: the walk goes on after the gap, each character read once
    // (a page of ten thousand blank lines once cost the square of its length).
    const lastBreak = text.lastIndexOf('\n', after - 1);
    const line = text.slice(lineStart, before);
    if (
      before > lineStart &&
      WORD.test(text[before - 1] as string) &&
      WORD.test(text[after] ?? '') &&
      /[，,]/u.test(line)
    ) {
      out += text.slice(copied, before) + ' '.repeat(after - before);
      copied = after;
    }
    lineStart = lastBreak + 1;
    nl = text.indexOf('\n', after);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const TOPIC_REACH = 64;
const FEN_BIE = 0x522b; // 别, after 分 (0x5206)
const COMMA = 0x2c;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * Where the clause and the sentence holding a position begin, and the last 分别 of that clause (-1: none):
 * one walk forward for all the targets, which come in order, so a long unpunctuated line costs linear time.
 */
function openingsBefore(text: string): (at: number) => { clause: number; sentence: number; fenbie: number } {
  let pos = 0;
  let clause = 0;
  let sentence = 0;
  let fenbie = -1;
  return (at) => {
    if (at < pos) throw new Error('targets out of order');
    for (; pos < at; pos++) {
      const c = text.charCodeAt(pos);
      // A comma between digits groups thousands (4,672.8亿元): no clause ends there.
      if (
        HARD_STOP[c] === 1 &&
        !(c === COMMA && isDigit(text.charCodeAt(pos - 1)) && isDigit(text.charCodeAt(pos + 1)))
      ) {
        clause = pos + 1;
        fenbie = -1;
      }
      if (SENTENCE_STOP[c] === 1) sentence = pos + 1;
      if (c === FEN_BIE && pos > clause && text.charCodeAt(pos - 1) === 0x5206) fenbie = pos - 1;
    }
    return { clause, sentence, fenbie };
  };
}

/** Whether a five-year or far-ahead word stands in [sentence, end): the text's matches found once, read in order. */
function sentencesLookingAhead(text: string): (sentence: number, end: number) => boolean {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(MULTI_YEAR_SENTENCE)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  let k = 0;
  return (sentence, end) => {
    while (k < starts.length && (starts[k] as number) < sentence) k++;
    return k < starts.length && (ends[k] as number) <= end;
  };
}

/**
 * 入园率和普惠率分别达96%和94%: the subject listed in the k-th place for the k-th number after 分别, and the
 * change words between 分别 and the first number (达), which hold for every number of the list. The list's
 * names are read once per 分别, and the first number after it found by a pointer that only moves on.
 */
function listsBefore(
  text: string,
  targets: readonly Span[],
): (i: number, clause: number, at: number) => { subject: string; verbs: string; names: string[] } | null {
  let firstAfter = 0;
  let namesAt = -1;
  let names: string[] = [];
  return (i, clause, at) => {
    while (firstAfter < i && (targets[firstAfter] as Span).start <= at) firstAfter++;
    const k = i - firstAfter;
    const first = targets[firstAfter] as Span;
    if (namesAt !== at) {
      namesAt = at;
      // Without the clause's opening words (去年城乡居民…: 城乡 is the list's).
      names = listNames(cleanLeading(stripChange(text.slice(clause, at)).rest));
    }
    const subject = names.length > 1 ? names[k] : undefined;
    return subject ? { subject, verbs: text.slice(at, first.start), names } : null;
  };
}

/** The k-th name of a list for the k-th number of a later clause, when that clause names nothing (，增长4.2%、5.3%). */
function goOnWithList(text: string, names: string[], clause: number, first: number, k: number) {
  const verbs = text.slice(clause, first).replace(/[\s\u200b-\u200d\ufeff]+/gu, '');
  const subject = names[k];
  if (subject === undefined || cleanLeading(stripChange(cleanLeading(verbs)).rest) !== '') return null;
  return { subject, verbs, names };
}
