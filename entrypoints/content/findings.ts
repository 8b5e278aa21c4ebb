import type { Analysis, Target } from '../../analysis/types';
import { CATEGORIES, type Category, type CategoryCounts } from '../../utils/protocol-content';
import type { MarkAttributes } from './highlighter';

/** One thing to highlight: a target (by its kind) or an agency name, with a stable id for this pass. */
export interface Finding {
  /** `t<index>` into analysis.targets, `a<index>` into analysis.agencies. */
  id: string;
  category: Category;
  start: number;
  end: number;
  target?: Target;
}

/** The analysis's findings in text order, overlaps dropped (targets win, then the earlier and longer one). */
export function collectFindings(analysis: Pick<Analysis, 'targets' | 'agencies'>): Finding[] {
  const targets = withoutOverlaps(
    analysis.targets.map((t, i) => ({ id: `t${i}`, category: t.kind, start: t.start, end: t.end, target: t })),
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

export function countFindings(findings: readonly Finding[]): CategoryCounts {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as CategoryCounts;
  for (let i = 0; i < findings.length; i++) counts[(findings[i] as Finding).category] += 1;
  return counts;
}

/** What a highlight carries: `data-govmark` target/agency, the finding's id, and for targets kind, class and tab stop. */
export function markAttributes(finding: Finding): MarkAttributes {
  if (finding.category === 'agency') {
    return { 'data-govmark': 'agency', 'data-govmark-id': finding.id, class: 'govmark-agency' };
  }
  return {
    'data-govmark': 'target',
    'data-govmark-id': finding.id,
    'data-govmark-kind': finding.category,
    class: `govmark-${finding.category}`,
    tabindex: '0',
  };
}
