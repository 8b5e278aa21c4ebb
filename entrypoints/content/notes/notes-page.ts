import { reportKey } from '../../../analysis/report-key';
import type { MainText } from '../../../utils/main-text';
import { normalizeUrl } from '../../../utils/normalize-url';

/** How notes file this page: its normalised URL, title and report key. */
export interface NotesPage {
  url: string;
  title: string;
  reportKey: string;
}

/** The page as its notes are filed: a report's notes under its report key, any other page's under its URL. */
export function notesPageOf(main: MainText, isReport: boolean, pageUrl: string, doc: Document): NotesPage {
  const url = normalizeUrl(pageUrl);
  const title = doc.title;
  return { url, title, reportKey: isReport ? reportKey(main.text, title, url) : url };
}
