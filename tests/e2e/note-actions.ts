import type { Page } from 'playwright-core';
import type { DriverPage } from './driver';
import { chromiumPage } from './driver-chromium';

// What a reader does with notes on a page, in one place for every end-to-end test and both browsers: when the
// note UI changes (another frame, another layout), only this file changes. The "批注" button and the margin
// markers are in GovMark's open shadow root; the note card (text, tags, save, edit, delete) is in GovMark's
// own frame on the page, which the drivers find through page.frames() (issue 12).

/** A shared scenario's page, or a Playwright page from a Chromium-only test. */
export type AnyPage = DriverPage | Page;

const driven = (page: AnyPage): DriverPage => ('mouseDown' in page ? page : chromiumPage(page));

/** Drags the mouse over the words, as a reader selects them; returns what the page then has selected. */
export async function selectWithMouse(anyPage: AnyPage, words: string): Promise<string> {
  const page = driven(anyPage);
  await page.bringToFront();
  const box = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes: { node: Text; start: number }[] = [];
    let text = '';
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      nodes.push({ node, start: text.length });
      text += node.data;
    }
    const at = text.indexOf(wanted);
    if (at < 0) throw new Error(`not on the page: ${wanted}`);
    const charAt = (offset: number) => {
      const hit = nodes.find((n) => n.start <= offset && offset < n.start + n.node.data.length);
      if (!hit) throw new Error(`no node at ${offset}`);
      const range = document.createRange();
      range.setStart(hit.node, offset - hit.start);
      range.setEnd(hit.node, offset - hit.start + 1);
      return range;
    };
    charAt(at).startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const first = charAt(at).getBoundingClientRect();
    const last = charAt(at + wanted.length - 1).getBoundingClientRect();
    return {
      x1: first.left + 1,
      y1: first.top + first.height / 2,
      x2: last.right - 1,
      y2: last.top + last.height / 2,
    };
  }, words);
  await page.mouseMove(box.x1, box.y1);
  await page.mouseDown();
  await page.mouseMove(box.x2, box.y2, 12);
  await page.mouseUp();
  return page.evaluate(() => document.getSelection()?.toString() ?? '');
}

export interface NoteInput {
  note: string;
  /** As typed into the tags field: separated by `,` `，` `、`, the last one confirmed with Enter. */
  tags: string;
}

/** With words selected: clicks 批注 beside the selection, writes the note and its tags; saves unless told not to. */
export async function writeNote(anyPage: AnyPage, { note, tags }: NoteInput, save = true): Promise<void> {
  const page = driven(anyPage);
  await page.clickTestId('govmark-add-note');
  await page.typeTestId('govmark-note-text', note);
  await page.typeTestId('govmark-note-tags', tags);
  await page.pressTestId('govmark-note-tags', 'Enter');
  if (save) await saveNote(page);
}

/** Saves the note card that is open on the page. */
export function saveNote(anyPage: AnyPage): Promise<void> {
  return driven(anyPage).clickTestId('govmark-note-save');
}

/** Clicks a note's marker in the margin and returns the note's text as the card then shows it. */
export async function readNoteFromMarker(anyPage: AnyPage): Promise<string | undefined> {
  await driven(anyPage).clickTestId('govmark-note-marker');
  return shownNote(anyPage);
}

/**
 * Opens the note from its margin marker, switches the card to editing, replaces the note's text and saves;
 * returns once the card has closed (the write is done).
 */
export async function editNoteFromMarker(anyPage: AnyPage, note: string): Promise<void> {
  const page = driven(anyPage);
  if ((await readNoteFromMarker(page)) === undefined) throw new Error('no note opened from its marker');
  await page.clickTestId('govmark-note-edit');
  await page.typeTestId('govmark-note-text', note);
  await saveNote(page);
  // As long as the drivers wait for an element: a loaded shared machine can take seconds over one write.
  const deadline = Date.now() + 20_000;
  while (await page.visibleTestId('govmark-note-editor')) {
    if (Date.now() > deadline) {
      const [card] = await page.textsOfTestId('govmark-note-editor');
      throw new Error(`the note card stayed open after saving the edit: ${card}`);
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
}

/**
 * The text of the note the page shows open for reading, once shown (undefined when none shows within a
 * few seconds). The card lives in GovMark's frame, which reads the note from the background first.
 */
export async function shownNote(anyPage: AnyPage, timeoutMs = 5000): Promise<string | undefined> {
  const page = driven(anyPage);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [text] = await page.textsOfTestId('govmark-note-view-text');
    if (text !== undefined || Date.now() > deadline) return text;
    await new Promise((wait) => setTimeout(wait, 100));
  }
}

/**
 * The page's note highlights, one string per note. Marks carry no note id (issue 12: a page learns which
 * passages are marked, nothing more), so marks with no text between them are taken as one note's pieces.
 */
export function noteHighlights(anyPage: AnyPage): Promise<string[]> {
  return driven(anyPage).evaluate(() => {
    const notes: string[] = [];
    let last: Element | null = null;
    for (const mark of document.querySelectorAll('mark[data-govmark="note"]')) {
      const between = document.createRange();
      if (last && !last.contains(mark)) {
        between.setStartAfter(last);
        between.setEndBefore(mark);
      }
      if (last && (last.contains(mark) || between.toString() === '')) {
        if (!last.contains(mark)) notes[notes.length - 1] += mark.textContent ?? '';
      } else {
        notes.push(mark.textContent ?? '');
      }
      if (!last?.contains(mark)) last = mark;
    }
    return notes;
  });
}

/** Waits until the page shows at least one note highlight. */
export function waitForNoteHighlight(anyPage: AnyPage): Promise<void> {
  return driven(anyPage).waitFor(() => document.querySelector('mark[data-govmark="note"]'));
}
