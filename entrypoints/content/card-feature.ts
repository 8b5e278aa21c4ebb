import type { Target } from '../../analysis/types';
import { CATEGORIES } from '../../utils/protocol-content';
import { describeTarget } from './describe-target';
import { leaveWhenOff, type PageFeature, type PagePass } from './page-pass';
import { attachTargetCard, type TargetCard } from './target-card';

/** The hover card of target highlights, from the highlights in view on; it describes the latest pass's findings. */
export function cardFeature(
  /** More rows for a target: what it measures and its figures elsewhere (indicator-card.ts). */
  describeIndicator: (target: Target, targets: readonly Target[]) => [string, string][] = () => [],
): PageFeature {
  let card: TargetCard | null = null;
  let current: PagePass | null = null;
  const remove = () => {
    card?.remove();
    card = null;
    current = null;
  };
  const watchOff = leaveWhenOff(remove);
  return {
    name: 'card',
    init(pass) {
      watchOff(pass);
      if (!pass.report?.isReport || !CATEGORIES.some((c) => pass.visible[c])) {
        remove();
        return;
      }
      current = pass;
      card ??= attachTargetCard({
        doc: pass.doc,
        describe: async (id) => {
          const pass = current;
          const target = await pass?.targetById(id);
          if (!pass || !target) return null;
          const targets = (await pass.analysis())?.targets ?? [];
          return [...describeTarget(target), ...describeIndicator(target, targets)];
        },
      });
    },
  };
}
