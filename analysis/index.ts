import { findAgencies } from './agencies';
import { detectReport } from './detect-report';
import { linkResponsibleBodies } from './link-agency';
import { findPageInfo } from './page-markers';
import { classifyKinds } from './target-kind';
import { findQuantities } from './targets';
import type { Analysis, AnalyzeOptions, Target } from './types';

export type * from './types';

/** Reads a text as an analyst would: is it a government work report, which numbers are targets, which bodies answer. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const targets: Target[] = findQuantities(text);
  const kinds = classifyKinds(text, targets);
  const bodies = linkResponsibleBodies(text, targets);
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i] as Target;
    target.kind = kinds[i] ?? 'other';
    target.agency = bodies[i] ?? [];
  }
  const pages = findPageInfo(text, options.title);
  return { ...detectReport(text, options), targets, agencies: findAgencies(text), ...(pages ? { pages } : {}) };
}
