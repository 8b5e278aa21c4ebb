import type { PageInfo } from '../analysis/types';
import { t } from './i18n';
import type { Translate } from './present-target';

/** "08" from "08", "08版", "上接08版" or "第08版": the engine may give any of them. */
const pageNumber = (value: string) =>
  value
    .trim()
    .replace(/^(?:上接|下转|第)/u, '')
    .replace(/版$/u, '');

/**
 * One part of a report printed across newspaper pages, in the UI's language (第08版，上接07版，下转09版; page 08,
 * continued from page 07, continues on page 09), for the popup and the page's legend; '' when none.
 */
export function editionLine(pages: PageInfo | undefined, tr: Translate = t): string {
  if (!pages) return '';
  const parts = [
    pages.page && tr('popupEditionPage', pageNumber(pages.page)),
    pages.continuedFrom && tr('popupEditionFrom', pageNumber(pages.continuedFrom)),
    pages.continuesOn && tr('popupEditionTo', pageNumber(pages.continuesOn)),
  ].filter(Boolean);
  return parts.join(tr('editionSeparator'));
}
