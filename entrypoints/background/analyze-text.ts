import * as v from 'valibot';
import { analyze } from '../../analysis';
import { onMessage } from '../../utils/messaging';
import type { AnalyzeTextReply } from '../../utils/protocol-analysis';
import { runtimeSelf, type Self, type SenderInfo, senderScope } from './sender-scope';

// A long report is ~100k characters; far more is not an article.
const AnalyzeTextPayload = v.object({
  text: v.pipe(v.string(), v.maxLength(5_000_000)),
  options: v.object({
    title: v.optional(v.pipe(v.string(), v.maxLength(10_000))),
    site: v.optional(v.pipe(v.string(), v.maxLength(1000))),
  }),
});

/** Analyses a content script's article text here, off the page's main thread; the payload is validated first. */
export function analyzeText(data: unknown, now: () => number = () => performance.now()): AnalyzeTextReply {
  const parsed = v.safeParse(AnalyzeTextPayload, data);
  if (!parsed.success) return { ok: false, error: `analyzeText: ${parsed.issues[0].message}` };
  const start = now();
  const { text, options } = parsed.output;
  const analysis = analyze(text, options);
  return { ok: true, analysis, busy: now() - start };
}

/** Answers GovMark's own content scripts and pages (no one else's: senderScope); returns the function that stops listening. */
export function registerAnalyzeText(self: () => Self = runtimeSelf): () => void {
  return onMessage('analyzeText', ({ data, sender }) =>
    senderScope(sender as SenderInfo, self())
      ? analyzeText(data)
      : ({ ok: false, error: 'analyzeText: unknown sender' } satisfies AnalyzeTextReply),
  );
}
