import { db as defaultDb, type GovMarkDB } from '../../storage/db';
import { lastYearGoals } from '../../storage/last-year-goals';
import { onMessage } from '../../utils/messaging';
import type { IndicatorsProtocol } from '../../utils/protocol-indicators';
import { runtimeSelf, type Self, type SenderInfo, senderScope } from './sender-scope';

type Reply = ReturnType<IndicatorsProtocol['indicators:lastYear']>;

/**
 * The answer to a report page asking for last year's goals: the page is the sender's own tab, as the
 * browser reports it (sender-scope.ts), never a URL the page names; other senders are refused.
 */
export async function answerLastYear(db: GovMarkDB, sender: SenderInfo | undefined, self: Self): Promise<Reply> {
  const scope = senderScope(sender, self);
  if (scope?.role !== 'page') return { ok: false, error: 'indicators:lastYear: only a report page may ask' };
  try {
    return { ok: true, value: await lastYearGoals(db, scope.url) };
  } catch (error) {
    return { ok: false, error: `indicators:lastYear: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Answers a report page's question about its indicators from the stored page records. */
export function registerIndicatorMessages(db: GovMarkDB = defaultDb, self: () => Self = runtimeSelf): void {
  onMessage('indicators:lastYear', ({ sender }) => answerLastYear(db, sender as SenderInfo, self()));
}
