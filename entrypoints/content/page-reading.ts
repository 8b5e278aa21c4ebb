import type { Analysis, Target } from '../../analysis/types';
import type { ReportSummary } from '../../utils/protocol-analysis';
import type { CategoryCounts } from '../../utils/protocol-content';
import { countFindings, type Finding, targetOf } from './findings';
import type { Analyzed } from './page-analyzer';

/** One analysis of the page as the page shows it: its verdict, its findings in text order, and their counts. */
export interface PageReading {
  /** Null: no article (or none read yet); `isReport` false: an article, not a report (nothing is highlighted). */
  readonly report: ReportSummary | null;
  /**
   * The whole analysis (targets and agencies with all they carry), fetched or parsed when first asked for,
   * so a feature should ask only when it needs a target's details; null without an article.
   */
  analysis(): Promise<Analysis | null>;
  /** The background already stored this analysis's page record (it analysed the text). */
  readonly recorded: boolean;
  /** Has the background store this analysis's page record, kept there until the highlights are in; false: it could not. */
  readonly recordLater?: () => Promise<boolean>;
  /** What is highlighted or could be: a report's findings, none on any other page. */
  readonly findings: readonly Finding[];
  findingById(id: string): Finding | undefined;
  /** The target a highlight's id stands for (its card), from the whole analysis. */
  targetById(id: string): Promise<Target | undefined>;
  /** The findings per category. */
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
  const analysis = async () => (analyzed ? analyzed.analysis() : null);
  return {
    report: analyzed?.summary ?? null,
    analysis,
    recorded: !!analyzed?.recorded,
    ...(analyzed?.recordLater ? { recordLater: analyzed.recordLater } : {}),
    findings,
    findingById,
    targetById: async (id) => {
      const whole = findingById(id) ? await analysis() : null;
      return whole ? targetOf(whole, id) : undefined;
    },
    counts: countFindings(findings),
  };
}
