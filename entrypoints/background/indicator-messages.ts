import { db as defaultDb, type GovMarkDB } from '../../storage/db';
import { pageIndicators } from '../../storage/page-indicators';
import { onMessage } from '../../utils/messaging';
import type { IndicatorsProtocol } from '../../utils/protocol-indicators';
import { runtimeSelf, type Self, type SenderInfo, senderScope } from './sender-scope';

type Reply = ReturnType<IndicatorsProtocol['indicators:ofPage']>;

/**
 * The answer to a report page asking what its figures measure and last year's goals for them: the page is
 * the sender's own tab, as the browser reports it (sender-scope.ts), never a URL the page names; other
 * senders are refused.
 */
export async function answerPageIndicators(db: GovMarkDB, sender: SenderInfo | undefined, self: Self): Promise<Reply> {
  const scope = senderScope(sender, self);
  if (scope?.role !== 'page') return { ok: false, error: 'indicators:ofPage: only a report page may ask' };
  try {
    return { ok: true, value: await pageIndicators(db, scope.url) };
  } catch (error) {
    return { ok: false, error: `indicators:ofPage: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Answers a report page's question about its indicators from the stored page records. */
export function registerIndicatorMessages(db: GovMarkDB = defaultDb, self: () => Self = runtimeSelf): void {
  onMessage('indicators:ofPage', ({ sender }) => answerPageIndicators(db, sender as SenderInfo, self()));
}
