import type { Analysis, Target } from '../../analysis/types';
import type { ReportSummary } from '../../utils/protocol-analysis';
import type { CategoryCounts } from '../../utils/protocol-content';
import { countFindings, type Finding, targetOf } from './findings';
import type { Analyzed } from './page-analyzer';

/** One analysis of the page as the page shows it: its verdict, its findings in text order, and their counts. */
export interface PageReading {
  /** Null: no article (or none read yet). */
  readonly summary: ReportSummary | null;
  /** The whole analysis, made or parsed when first asked for; null without an article. */
  analysis(): Analysis | null;
  /** The background stored this analysis's page record. */
  readonly recorded: boolean;
  /** What is highlighted or could be: a report's findings, none on any other page. */
  readonly findings: readonly Finding[];
  findingById(id: string): Finding | undefined;
  /** The target behind a finding's id (a card's details). */
  targetById(id: string): Target | undefined;
  readonly counts: CategoryCounts;
}

export function readingOf(analyzed: Analyzed | null): PageReading {
  const findings = analyzed?.summary.isReport ? analyzed.findings : [];
  // Built when a card first asks: a first pass only highlights.
  let byId: Map<string, Finding> | undefined;
  const findingById = (id: string) => {
    byId ??= new Map(findings.map((f) => [f.id, f]));
    return byId.get(id);
  };
  const analysis = () => analyzed?.analysis() ?? null;
  return {
    summary: analyzed?.summary ?? null,
    analysis,
    recorded: !!analyzed?.recorded,
    findings,
    findingById,
    targetById: (id) => {
      const whole = findingById(id) ? analysis() : null;
      return whole ? targetOf(whole, id) : undefined;
    },
    counts: countFindings(findings),
  };
}
