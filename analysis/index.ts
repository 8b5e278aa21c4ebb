import { findAgencies } from './agencies';
import { detectReport } from './detect-report';
import { assignIndicators } from './indicator';
import { linkResponsibleBodies } from './link-agency';
import { findPageInfo } from './page-markers';
import { classifyKinds } from './target-kind';
import { findQuantities } from './targets';
import { indexText } from './text-index';
import type { Analysis, AnalyzeOptions, Target } from './types';

export type * from './types';

/** Reads a text as an analyst would: is it a government work report, which numbers are targets, which bodies answer. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  // One pass over the characters tells every recogniser where to look.
  const index = indexText(text);
  const targets: Target[] = findQuantities(text, index);
  const kinds = classifyKinds(text, targets, index.sentenceStops);
  const bodies = linkResponsibleBodies(text, targets, index.brackets);
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i] as Target;
    target.kind = kinds[i] ?? 'other';
    const linked = bodies[i];
    if (linked !== undefined && linked.length > 0) target.agency = [...linked];
  }
  assignIndicators(text, targets);
  const pages = findPageInfo(text, options.title);
  return { ...detectReport(text, options), targets, agencies: findAgencies(text, index), ...(pages ? { pages } : {}) };
}
