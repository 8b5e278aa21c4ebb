import { reportKey } from '../../analysis/report-key';
import type { Analysis, Target } from '../../analysis/types';
import type { PageRecord, TargetRow } from '../../storage/types';
import { normalizeUrl } from '../../utils/normalize-url';

/** Storage's limits (storage/schemas.ts): a longer sentence is cut, never refused. */
const MAX_SENTENCE = 5000;
const MAX_TARGETS = 5000;

/** The engine's sentence for a target (analysis/sentence-span.ts), trimmed; the target's own words without one. */
function sentenceOf(text: string, { sentenceAt, text: words }: Target): string {
  return sentenceAt ? text.slice(sentenceAt[0], sentenceAt[1]).trim().slice(0, MAX_SENTENCE) : words;
}

/**
 * What the pages table keeps for a report page the reader opened: its normalised URL, title, report key,
 * when it was seen, and the engine's findings (each target with its sentence, the agency count).
 */
export function pageRecordOf(
  analysis: Analysis,
  text: string,
  { url, title, now = Date.now() }: { url: string; title: string; now?: number },
): PageRecord {
  const normalized = normalizeUrl(url);
  const targets: TargetRow[] = analysis.targets
    .slice(0, MAX_TARGETS)
    .map(({ sentenceAt, ...target }) => ({ ...target, sentence: sentenceOf(text, { ...target, sentenceAt }) }));
  return {
    url: normalized,
    title: title.slice(0, 1000),
    reportKey: reportKey(text, title, normalized),
    seenAt: now,
    confidence: Math.min(1, Math.max(0, analysis.confidence)),
    ...(analysis.pages ? { pageInfo: analysis.pages } : {}),
    targets,
    agencyCount: analysis.agencies.length,
  };
}
