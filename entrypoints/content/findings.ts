import type { Analysis, Target } from '../../analysis/types';
import type { ReportSummary } from '../../utils/protocol-analysis';
import { CATEGORIES, type Category, type CategoryCounts } from '../../utils/protocol-content';
import type { MarkAttributes, Marking } from './highlighter';

/** One thing to highlight: a target (by its kind) or an agency name, with a stable id for this pass. */
export interface Finding {
  /** `t<index>` into analysis.targets, `a<index>` into analysis.agencies. */
  id: string;
  category: Category;
  start: number;
  end: number;
}

/** The verdict and pages of an analysis, without its targets and agencies. */
export function summaryOf({ isReport, confidence, reasons, pages }: Analysis): ReportSummary {
  return pages ? { isReport, confidence, reasons, pages } : { isReport, confidence, reasons };
}

/** What a page highlights: a report's findings, none on any other page. */
export function reportFindings(analysis: Analysis): Finding[] {
  return analysis.isReport ? collectFindings(analysis) : [];
}

/** The analysis's findings in text order, overlaps dropped (targets win, then the earlier and longer one). */
export function collectFindings(analysis: Pick<Analysis, 'targets' | 'agencies'>): Finding[] {
  const targets = withoutOverlaps(
    analysis.targets.map((t, i) => ({ id: `t${i}`, category: t.kind, start: t.start, end: t.end })),
  );
  const agencies = withoutOverlaps(
    analysis.agencies.map((a, i) => ({ id: `a${i}`, category: 'agency' as const, start: a.start, end: a.end })),
  );
  let t = 0;
  const freeAgencies = agencies.filter((a) => {
    while ((targets[t]?.end ?? Number.POSITIVE_INFINITY) <= a.start) t++;
    return !((targets[t]?.start ?? Number.POSITIVE_INFINITY) < a.end);
  });
  return [...targets, ...freeAgencies].sort((a, b) => a.start - b.start);
}

function withoutOverlaps(findings: Finding[]): Finding[] {
  const sorted = findings.filter((f) => f.end > f.start).sort((a, b) => a.start - b.start || b.end - a.end);
  let reached = -1;
  return sorted.filter((f) => {
    if (f.start < reached) return false;
    reached = f.end;
    return true;
  });
}

/** The target a finding's id points at (`t<index>`); undefined for an agency or an id from another analysis. */
export function targetOf(analysis: Pick<Analysis, 'targets'>, id: string): Target | undefined {
  return id.startsWith('t') ? analysis.targets[Number(id.slice(1))] : undefined;
}

/**
 * Findings as the background sends them to the page: four numbers each (start, end, category, index), so
 * the page takes in a flat array of numbers, not a graph of objects (issue 11: the page's main thread).
 */
export function encodeFindings(findings: readonly Finding[]): number[] {
  const flat: number[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as Finding;
    flat.push(f.start, f.end, CATEGORIES.indexOf(f.category), Number(f.id.slice(1)));
  }
  return flat;
}

/** The findings of encodeFindings(); throws on a malformed array rather than highlighting nonsense. */
export function decodeFindings(flat: readonly number[]): Finding[] {
  if (flat.length % 4 !== 0) throw new Error('GovMark: malformed findings');
  const findings: Finding[] = [];
  for (let i = 0; i < flat.length; i += 4) {
    const category = CATEGORIES[flat[i + 2] as number];
    if (!category) throw new Error('GovMark: malformed findings');
    const index = flat[i + 3] as number;
    findings.push({
      id: `${category === 'agency' ? 'a' : 't'}${index}`,
      category,
      start: flat[i] as number,
      end: flat[i + 1] as number,
    });
  }
  return findings;
}

export function countFindings(findings: readonly Finding[]): CategoryCounts {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as CategoryCounts;
  for (let i = 0; i < findings.length; i++) counts[(findings[i] as Finding).category] += 1;
  return counts;
}

const targetAttributes = (kind: Category): MarkAttributes => ({
  'data-govmark': 'target',
  'data-govmark-kind': kind,
  class: `govmark-${kind}`,
});

/** One object per category, handed out for every mark of it (highlighter.ts finds its template by it). */
const ATTRIBUTES: Record<Category, Readonly<MarkAttributes>> = {
  goal: targetAttributes('goal'),
  past: targetAttributes('past'),
  other: targetAttributes('other'),
  agency: { 'data-govmark': 'agency', class: 'govmark-agency' },
};

/**
 * How a finding is highlighted: `data-govmark` target/agency, for targets kind and class (shared by every
 * mark of its category; no tab index: target-keys.ts gives one to one mark while the keyboard needs it),
 * and the finding's id as `data-govmark-id`.
 */
export const FINDING_MARKING: Marking<Finding> = {
  attributes: (finding) => ATTRIBUTES[finding.category],
  id: (finding) => finding.id,
};
