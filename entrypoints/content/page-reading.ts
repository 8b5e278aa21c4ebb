import type { Analysis } from '../../analysis/types';
import type { CategoryCounts } from '../../utils/protocol-content';
import { collectFindings, countFindings, type Finding } from './findings';

/** One analysis of the page as the page shows it: its findings in text order, by id, and their counts. */
export interface PageReading {
  /** Null: no article (or none read yet). */
  readonly analysis: Analysis | null;
  /** The background stored this analysis's page record. */
  readonly recorded: boolean;
  /** What is highlighted or could be: a report's findings, none on any other page. */
  readonly findings: readonly Finding[];
  readonly byId: ReadonlyMap<string, Finding>;
  readonly counts: CategoryCounts;
}

export function readingOf(analysis: Analysis | null, recorded = false): PageReading {
  const findings = analysis?.isReport ? collectFindings(analysis) : [];
  return {
    analysis,
    recorded,
    findings,
    byId: new Map(findings.map((f) => [f.id, f])),
    counts: countFindings(findings),
  };
}
