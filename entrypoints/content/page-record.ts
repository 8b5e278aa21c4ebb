import { reportKey } from '../../analysis/report-key';
import type { Analysis } from '../../analysis/types';
import type { PageRecord, TargetRow } from '../../storage/types';
import { normalizeUrl } from '../../utils/normalize-url';

/** Storage's limits (storage/schemas.ts): a longer sentence is cut, never refused. */
const MAX_SENTENCE = 5000;
const MAX_TARGETS = 5000;
// By character code: this runs for every target right after the first pass, before anything is optimised,
// and a regex test on text[i] makes a string and a call per character.
const SENTENCE_END = new Set(Array.from('。！？；!?;\n', (char) => char.charCodeAt(0)));

/** The sentence around [start, end): from after the previous 。！？；or line break to the next one, inclusive. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.has(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.has(text.charCodeAt(to - 1))) to++;
  return text.slice(from, to).trim().slice(0, MAX_SENTENCE);
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
    .map((target) => ({ ...target, sentence: sentenceAround(text, target.start, target.end) }));
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
