// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { mainTextOf } from '../../../utils/main-text';
import { HIGHLIGHT_SELECTOR, unwrapMarks, wrapRun } from '../highlighter';
import { spansToRuns } from '../page-text';
import { NOTE_MARK_SELECTOR, type NoteSpan, noteIdOf, unwrapNotes, wrapNotes } from './note-marks';

const HIGHLIGHTER = { wrapRun, unwrapMarks };

const HTML =
  '<article><p>今年新增<b>20</b>个城市，增长5%左右，教育厅牵头。</p><div>第一行<br>新增就业3万人以上，财政厅负责</div></article>';

let root: HTMLElement;
let before: Node;
let ownTextNodes: Text[];

function textNodes(node: Node): Text[] {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

beforeEach(() => {
  document.body.innerHTML = HTML;
  root = document.querySelector('article') as HTMLElement;
  before = root.cloneNode(true);
  ownTextNodes = textNodes(root);
});

const extract = () => mainTextOf(root);

function note(id: string, words: string, color: NoteSpan['color'] = 'yellow'): NoteSpan {
  const text = extract().text;
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`no ${words}`);
  return { id, start, end: start + words.length, color };
}

/** Target/agency highlights as the page's pass makes them (highlighter.ts). */
function highlightTargets(words: string[]): HTMLElement[] {
  const main = extract();
  const marks: HTMLElement[] = [];
  const spans = words.map((w, i) => ({ start: main.text.indexOf(w), end: main.text.indexOf(w) + w.length, data: i }));
  for (const run of spansToRuns(main, spans)) {
    wrapRun(run, {
      attributes: () => ({ 'data-govmark': 'target' }),
      id: (i) => `t${i}`,
      onMark: (m) => marks.push(m),
    });
  }
  return marks;
}

const restored = () => ({
  equal: root.isEqualNode(before),
  attached: ownTextNodes.every((n) => n.isConnected && root.contains(n)),
});

const wordsOf = (marks: HTMLElement[] | undefined) => marks?.map((m) => m.textContent).join('');

test('a note wraps exactly its words; unwrapping gives the page back exactly', () => {
  const text = root.textContent;
  const marks = wrapNotes(extract, [note('n1', '增长5%左右', 'green')], HIGHLIGHTER);
  expect(wordsOf(marks.get('n1'))).toBe('增长5%左右');
  expect(root.textContent).toBe(text);
  const [mark] = marks.get('n1') ?? [];
  expect(mark?.matches(NOTE_MARK_SELECTOR)).toBe(true);
  expect(mark?.classList.contains('govmark-note-green')).toBe(true);
  expect(noteIdOf(mark as Element)).toBe('n1');
  // Notes are not the engine's highlights: a pass's unwrap leaves them.
  expect(root.querySelectorAll(HIGHLIGHT_SELECTOR)).toHaveLength(0);
  unwrapNotes(marks.get('n1') ?? [], HIGHLIGHTER);
  expect(restored()).toEqual({ equal: true, attached: true });
});

test('a note across <b> and a <br> line is several marks of one note, in text order', () => {
  const marks = wrapNotes(extract, [note('n1', '新增20个城市'), note('n2', '第一行\n新增就业')], HIGHLIGHTER);
  expect(marks.get('n1')?.map((m) => m.textContent)).toEqual(['新增', '20', '个城市']);
  expect(marks.get('n2')?.map((m) => m.textContent)).toEqual(['第一行', '新增就业']);
  unwrapNotes([...marks.values()].flat(), HIGHLIGHTER);
  expect(restored()).toEqual({ equal: true, attached: true });
});

describe('notes over target and agency highlights', () => {
  test.each([
    ['a note inside a target', '5%'],
    ['a note around a target', '增长5%左右，教育厅'],
    ['a note overlapping a target’s start', '，增长5%'],
    ['a note overlapping a target’s end', '左右，教'],
  ])('%s: both show, and removing them in either order restores the page', (_, words) => {
    for (const notesFirst of [true, false]) {
      document.body.innerHTML = HTML;
      root = document.querySelector('article') as HTMLElement;
      ownTextNodes = textNodes(root);
      const targets = highlightTargets(['5%左右', '20个']);
      const notes = wrapNotes(extract, [note('n', words)], HIGHLIGHTER);
      expect(wordsOf(notes.get('n'))).toBe(words);
      expect(wordsOf(targets.slice(-1))).toBe('5%左右');
      expect(root.textContent).toBe(before.textContent);
      if (notesFirst) {
        unwrapNotes(notes.get('n') ?? [], HIGHLIGHTER);
        unwrapMarks(targets);
      } else {
        unwrapMarks(targets);
        unwrapNotes(notes.get('n') ?? [], HIGHLIGHTER);
      }
      expect(restored()).toEqual({ equal: true, attached: true });
    }
  });

  test('targets highlighted again after a note (a later pass) wrap inside or around it', () => {
    const notes = wrapNotes(extract, [note('n', '增长5%')], HIGHLIGHTER);
    const targets = highlightTargets(['5%左右']);
    expect(wordsOf(targets)).toBe('5%左右');
    expect(wordsOf(notes.get('n'))).toBe('增长5%');
    unwrapMarks(targets);
    unwrapNotes(notes.get('n') ?? [], HIGHLIGHTER);
    expect(restored()).toEqual({ equal: true, attached: true });
  });
});

test('overlapping notes are both highlighted (in layers) and both come off cleanly', () => {
  const marks = wrapNotes(
    extract,
    [note('a', '增长5%左右'), note('b', '5%左右，教育厅'), note('c', '财政厅')],
    HIGHLIGHTER,
  );
  expect(wordsOf(marks.get('a'))).toBe('增长5%左右');
  expect(wordsOf(marks.get('b'))).toBe('5%左右，教育厅');
  expect(wordsOf(marks.get('c'))).toBe('财政厅');
  unwrapNotes(root.querySelectorAll(NOTE_MARK_SELECTOR), HIGHLIGHTER);
  expect(restored()).toEqual({ equal: true, attached: true });
});
