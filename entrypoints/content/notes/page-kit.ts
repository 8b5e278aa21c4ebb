import { extractMainText, mainTextOf } from '../../../utils/main-text';
import { unwrapMarks, wrapRun } from '../highlighter';

/**
 * What the notes UI borrows from the content script instead of carrying a second copy in notes-ui.js:
 * the one highlighter (mark.js) and the article's text. The notes UI's modules import this file's type
 * only; the content script hands over PAGE_KIT when it creates the notes UI (lazy-notes.ts).
 */
export interface PageKit {
  wrapRun: typeof wrapRun;
  unwrapMarks: typeof unwrapMarks;
  mainTextOf: typeof mainTextOf;
  extractMainText: typeof extractMainText;
}

export const PAGE_KIT: PageKit = { wrapRun, unwrapMarks, mainTextOf, extractMainText };
