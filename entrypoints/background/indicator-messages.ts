import { db as defaultDb, type GovMarkDB } from '../../storage/db';
import { lastYearGoals } from '../../storage/last-year-goals';
import { onMessage } from '../../utils/messaging';

/**
 * Answers a report page's question about its indicators from the stored page records. The page is the
 * sender itself (its frame's URL, as the browser reports it), never a URL the page names.
 */
export function registerIndicatorMessages(db: GovMarkDB = defaultDb): void {
  onMessage('indicators:lastYear', async ({ sender }) => {
    const url = sender.url ?? sender.tab?.url;
    if (!url) return { ok: false, error: 'indicators:lastYear: not sent from a page' };
    try {
      return { ok: true, value: await lastYearGoals(db, url) };
    } catch (error) {
      return { ok: false, error: `indicators:lastYear: ${error instanceof Error ? error.message : String(error)}` };
    }
  });
}
