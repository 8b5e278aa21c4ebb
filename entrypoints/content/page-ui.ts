import type { LegendProps } from './Legend';
import { type LegendHandle, mountLegend } from './legend-host';
import { addPageStyle, removePageStyle } from './page-style';
import { attachTargetCard, type TargetCard } from './target-card';

/** What GovMark adds to a report page besides the highlights: the stylesheet, the legend and the hover card. */
export class PageUi {
  readonly #doc: Document;
  readonly #describe: (id: string) => [string, string][] | null;
  #legend: LegendHandle | null = null;
  #card: TargetCard | null = null;

  constructor(doc: Document, describe: (id: string) => [string, string][] | null) {
    this.#doc = doc;
    this.#describe = describe;
  }

  /** Adds the style, legend and card where missing, and brings the legend up to date. */
  show(legend: LegendProps): void {
    addPageStyle(this.#doc);
    if (this.#legend) this.#legend.update(legend);
    else this.#legend = mountLegend(this.#doc, legend);
    this.#card ??= attachTargetCard({ doc: this.#doc, describe: this.#describe });
  }

  /** Re-renders the legend, if it is shown. */
  update(legend: LegendProps): void {
    this.#legend?.update(legend);
  }

  remove(): void {
    this.#card?.remove();
    this.#card = null;
    this.#legend?.remove();
    this.#legend = null;
    removePageStyle(this.#doc);
  }
}
