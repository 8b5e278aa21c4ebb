// The notes and page edits scripts/eval-anchoring.ts re-anchors. Each figure (as analysts note them: 2.5万亿元,
// 5.5%左右) and each clause of a report becomes a note, then the text is edited in one way:
// deleted: its clause, sentence or paragraph is deleted; the note must be unplaced.
// boxed: its paragraph is deleted while a summary box at the top repeats its sentence up to it; unplaced too.
// benign: a paragraph or an ad inserted beside it, whitespace, the next clause rewritten, a typo fixed or a
//   figure corrected inside it, a slight rewording, its sentence repeated in a box; the note must follow its words.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

export interface Span {
  start: number;
  end: number;
}
/** The text after an edit and where the note's words are in it (null: they are gone). */
export interface Edited {
  text: string;
  expected: Span | null;
}
/** A note taken on `before` at `note`, to be anchored in `edited.text`. */
export interface AnchoringCase {
  key: string;
  file: string;
  before: string;
  note: Span;
  edited: Edited;
}
type Edit = (text: string, note: Span) => Edited | null;

// As the QA sweeps read a page: trimmed lines, no blank or zero-width ones.
const load = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && l !== '\u200b')
    .join('\n');

/** `text` with [at, at + remove) replaced by `insert`; the note keeps its ends across an edit inside it. */
function splice(text: string, at: number, remove: number, insert: string, note: Span): Edited {
  const after = (o: number) => o > at || (o === at && (remove > 0 || o !== note.end));
  const move = (o: number) => (after(o) ? o + insert.length - remove : o);
  return {
    text: text.slice(0, at) + insert + text.slice(at + remove),
    expected: { start: move(note.start), end: move(note.end) },
  };
}
const gone = (text: string, from: number, to: number): Edited => ({
  text: text.slice(0, from) + text.slice(to),
  expected: null,
});

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (text: string, at: number) => (text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at));
/** [start, end) of the clause or sentence holding the note, its closing stop included. */
function unit(text: string, note: Span, stops: RegExp): Span {
  let start = note.start;
  while (start > 0 && !stops.test(text[start - 1] as string)) start--;
  let end = note.end;
  while (end < text.length && !stops.test(text[end] as string)) end++;
  return { start, end: Math.min(text.length, end + 1) };
}
const CLAUSE_STOPS = /[，。；：\n]/u;
const SENTENCE_STOPS = /[。！？\n]/u;

const PARA = '编者按：以下为政府工作报告全文，据新华社北京3月12日电。\n';
const AD = '广告｜理财年化收益4.5%以上，新用户首月立享8.8%加息，点击下载APP领取100元红包\n';
const CJK = /[\u4e00-\u9fff]/u;
/** The Chinese character (not a digit, symbol or stop) nearest the middle of the note. */
function middleCjk(text: string, note: Span): number | null {
  const mid = (note.start + note.end) >> 1;
  for (let d = 0; d < note.end - note.start; d++) {
    for (const at of [mid - d, mid + d]) {
      if (at >= note.start && at < note.end && CJK.test(text[at] as string)) return at;
    }
  }
  return null;
}

const DELETIONS: Record<string, Edit> = {
  clause: (text, note) => {
    const { start, end } = unit(text, note, CLAUSE_STOPS);
    return gone(text, start, end);
  },
  sentence: (text, note) => {
    const { start, end } = unit(text, note, SENTENCE_STOPS);
    return gone(text, start, end);
  },
  paragraph: (text, note) =>
    gone(text, lineStart(text, note.start), Math.min(text.length, lineEnd(text, note.end) + 1)),
};

const BENIGN: Record<string, Edit> = {
  'para-before': (text, note) => splice(text, lineStart(text, note.start), 0, PARA, note),
  'ad-before': (text, note) => splice(text, lineStart(text, note.start), 0, AD, note),
  'ad-after': (text, note) => {
    const end = lineEnd(text, note.end);
    return end === text.length ? null : splice(text, end + 1, 0, AD, note);
  },
  // An indent, and a line break with spaces after the nearest stop each side (markup the extractor keeps as text).
  whitespace: (text, note) => {
    const from = Math.max(0, note.start - 30);
    const before = text.slice(from, note.start).search(/[，；][^，；]*$/u);
    const after = text.slice(note.end, note.end + 30).search(/[，；]/u);
    let edited: Edited = { text, expected: note };
    const step = (at: number, insert: string) => {
      edited = splice(edited.text, at, 0, insert, edited.expected as Span);
    };
    if (after !== -1) step(note.end + after + 1, '\n  ');
    if (before !== -1) step(from + before + 1, '\n  ');
    step(lineStart(edited.text, (edited.expected as Span).start), '\u3000\u3000');
    return edited;
  },
  // The clause after the note's rewritten (its stops kept): the context of that side is gone.
  'next-clause-rewritten': (text, note) => {
    const next = unit(text, { start: note.end, end: note.end }, CLAUSE_STOPS);
    const from = Math.max(note.end, next.end);
    const clause = unit(text, { start: from, end: from }, CLAUSE_STOPS);
    if (from >= text.length || clause.end - 1 <= from) return null;
    return splice(text, from, clause.end - 1 - from, '有关工作由相关部门统筹安排推进', note);
  },
  'figure-corrected': (text, note) => {
    const at = text.slice(note.start, note.end).search(/\d(?!.*\d)/u);
    if (at === -1) return null;
    return splice(text, note.start + at, 1, String((Number(text[note.start + at]) + 1) % 10), note);
  },
  reworded: (text, note) => {
    if (note.end - note.start < 8) return null;
    const at = middleCjk(text, note);
    if (at === null || at + 2 > note.end || !CJK.test(text[at + 1] as string)) return null;
    return splice(text, at, 2, text.slice(at, at + 2) === '稳定' ? '保持' : '稳定', note);
  },
};

const FIGURE =
  /(?:超过|达到)?[\d.]+(?:%|％|万亿元|亿元|万元|万人|万个|亿斤|万亿斤|个百分点|元|个|人|年)(?:以上|左右|以内)?/gu;
const CLAUSE = /[^，。；：、\n]{4,40}/gu;

/** Every note and edit of one report text. */
export function* anchoringCases(path: string): Generator<AnchoringCase> {
  const text = load(path);
  const file = basename(path, '.txt');
  const notes: [string, Span][] = [];
  for (const m of text.matchAll(FIGURE)) notes.push(['figure', { start: m.index, end: m.index + m[0].length }]);
  for (const m of text.matchAll(CLAUSE)) notes.push(['clause', { start: m.index, end: m.index + m[0].length }]);
  for (const [kind, note] of notes) {
    const one = (edit: string, edited: Edited | null, before = text, at = note) =>
      edited && {
        key: `${edited.expected ? 'benign' : 'deleted'} ${kind} ${edit}`,
        file,
        before,
        note: at,
        edited,
      };
    for (const [name, edit] of Object.entries(DELETIONS)) {
      const c = one(name, edit(text, note));
      if (c) yield c;
    }
    for (const [name, edit] of Object.entries(BENIGN)) {
      const c = one(name, edit(text, note));
      if (c) yield c;
    }
    // The note was taken on a misspelt character; the page has since fixed it.
    const typo = middleCjk(text, note);
    if (typo !== null && note.end - note.start >= 4) {
      const misspelt = text.slice(0, typo) + (text[typo] === '某' ? '其' : '某') + text.slice(typo + 1);
      yield { key: `benign ${kind} typo-fixed`, file, before: misspelt, note, edited: { text, expected: note } };
    }
    // A summary box at the top: the whole sentence (to keep the note on the right copy), or its start up to the
    // note's words (when the body's paragraph goes, the box is not where the note was).
    const sentence = unit(text, note, SENTENCE_STOPS);
    const tag = '【要点】';
    const whole = `${tag}${text.slice(sentence.start, sentence.end).replace(/\n$/, '')}\n`;
    const boxed = whole + text;
    const body = { start: note.start + whole.length, end: note.end + whole.length };
    const inBox = { start: note.start - sentence.start + tag.length, end: note.end - sentence.start + tag.length };
    yield {
      key: `benign ${kind} twice-keep-body`,
      file,
      before: boxed,
      note: body,
      edited: BENIGN['para-before']?.(boxed, body) as Edited,
    };
    yield {
      key: `benign ${kind} twice-keep-box`,
      file,
      before: boxed,
      note: inBox,
      edited: splice(boxed, lineStart(boxed, body.start), 0, PARA, inBox),
    };
    const teaser = `${tag}${text.slice(sentence.start, note.end)}。\n`;
    const teased = teaser + text;
    const inBody = { start: note.start + teaser.length, end: note.end + teaser.length };
    yield {
      key: `boxed ${kind} paragraph`,
      file,
      before: teased,
      note: inBody,
      edited: DELETIONS.paragraph?.(teased, inBody) as Edited,
    };
  }
}
