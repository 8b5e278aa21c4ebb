import { editionLine } from '../../utils/edition-line';
import { CATEGORIES } from '../../utils/protocol-content';
import { type LegendHandle, mountLegend } from './legend-host';
import type { LegendProps } from './legend-view';
import { leaveWhenOff, type PageFeature, type PagePass } from './page-pass';

const noop = () => {};

function legendProps(pass: PagePass): LegendProps {
  return {
    counts: pass.counts,
    visible: { ...pass.visible },
    pages: editionLine(pass.report?.pages),
    // Failures are logged by the page's queue; nothing else to tell the legend.
    onToggle: (category, visible) => void pass.page.setCategoryVisible(category, visible).catch(noop),
    onSiteOff: () => void pass.page.setSiteDisabled(true).catch((error) => console.error('GovMark:', error)),
  };
}

/** The floating legend of a report page: counts, pages line, a toggle per category; after all highlights. */
export function legendFeature(): PageFeature {
  let legend: LegendHandle | null = null;
  // The latest pass's article: the text the legend must keep clear of.
  let article: Element | null = null;
  const remove = () => {
    legend?.remove();
    legend = null;
  };
  const watchOff = leaveWhenOff(remove);
  return {
    name: 'legend',
    async init(pass, signal) {
      watchOff(pass);
      await pass.done;
      if (signal.aborted) return;
      article = pass.main?.root ?? null;
      const shown = !!pass.report?.isReport && CATEGORIES.some((c) => pass.visible[c]);
      // Beside <body>, not in it: no change of the page's body, so not through pass.page.change().
      // A legend the page took out comes back with the next pass.
      if (legend && !legend.attached()) remove();
      if (!shown) remove();
      else if (legend) legend.update(legendProps(pass));
      else legend = mountLegend(pass.doc, legendProps(pass), { article: () => article });
    },
  };
}
