import type { FileResult } from './analyze-file';
import { isFailure } from './analyze-file';

/** One result line in the shape ../shared/eval/score.mjs reads; key order fixed for diffable output. */
export function formatJsonLine(result: FileResult): string {
  if (isFailure(result)) return JSON.stringify({ file: result.file, error: result.error });
  const { analysis } = result;
  return JSON.stringify({
    file: result.file,
    isReport: analysis.isReport,
    confidence: analysis.confidence,
    targets: analysis.targets.map((t) => ({
      start: t.start,
      end: t.end,
      text: t.text,
      kind: t.kind,
      value: t.value,
      unit: t.unit,
      bound: t.bound,
      agency: t.agency,
      ...(t.indicator ? { indicator: t.indicator } : {}),
    })),
    agencies: analysis.agencies.map((a) => ({ start: a.start, end: a.end, text: a.text })),
    reasons: analysis.reasons,
    ...(analysis.pages ? { pages: analysis.pages } : {}),
  });
}
