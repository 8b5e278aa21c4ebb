import { t } from '../../utils/i18n';
import { CATEGORY_LABEL_KEYS, categoryLabel } from '../../utils/present-target';
import { CATEGORIES, type Category, type CategoryCounts, type CategoryVisibility } from '../../utils/protocol-content';

/** Every UI string the legend shows: looked up ahead by the background (utils/i18n.ts learnMessages). */
export const LEGEND_MESSAGE_KEYS: readonly string[] = [
  'legendTitle',
  'legendNotes',
  'legendSiteOff',
  // The language of GovMark's own words on the page (their hosts' lang).
  '@@ui_locale',
  // The page line of a newspaper printing (utils/edition-line.ts).
  'popupEditionPage',
  'popupEditionFrom',
  'popupEditionTo',
  'editionSeparator',
  ...CATEGORY_LABEL_KEYS,
];

export interface LegendProps {
  counts: CategoryCounts;
  visible: CategoryVisibility;
  /** e.g. "第08版，上接07版，下转09版" (in the UI's language); empty when the page is not part of a printing. */
  pages: string;
  onToggle(category: Category, visible: boolean): void;
  onSiteOff(): void;
  /** How many of the reader's notes are placed on the page, when known: the 批注 entry shows it. */
  notes?: number;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  for (const name in attributes) element.setAttribute(name, attributes[name] as string);
  element.append(...children);
  return element;
}

/**
 * The floating legend's content: counts and a show/hide box per category, and "在此网站关闭". Written with
 * the DOM directly, built once and then updated in place: it goes up on every report's first pass, where a
 * framework's first render cost more than the rest of the legend (issue 11), and updating in place keeps
 * the reader's focus on the box just ticked.
 */
export class LegendView {
  readonly #section: HTMLElement;
  readonly #head: HTMLButtonElement;
  readonly #total: HTMLElement;
  readonly #arrow: HTMLElement;
  readonly #body: HTMLElement;
  readonly #pages: HTMLElement;
  readonly #list: HTMLElement;
  readonly #boxes = new Map<Category, HTMLInputElement>();
  readonly #counts = new Map<Category, HTMLElement>();
  readonly #notesCount: HTMLElement;
  #props: LegendProps;
  #open = true;
  #collapsed = false;

  constructor(container: HTMLElement, props: LegendProps) {
    const doc = container.ownerDocument;
    this.#props = props;
    this.#total = el(doc, 'span', { class: 'total' });
    this.#arrow = el(doc, 'span', { 'aria-hidden': 'true' });
    this.#head = el(
      doc,
      'button',
      { type: 'button', class: 'head', 'data-testid': 'govmark-legend-collapse' },
      el(doc, 'span', { class: 'logo' }, 'GovMark'),
    );
    this.#head.addEventListener('click', () => {
      this.#open = !this.#open;
      this.#render();
    });
    this.#pages = el(doc, 'p', { class: 'pages', 'data-testid': 'govmark-legend-pages' });
    this.#list = el(doc, 'ul', { 'data-testid': 'govmark-legend-counts' });
    for (const c of CATEGORIES) {
      const box = el(doc, 'input', { type: 'checkbox', 'data-testid': `govmark-legend-toggle-${c}` });
      box.addEventListener('change', () => this.#props.onToggle(c, box.checked));
      const count = el(doc, 'span', { class: 'count', 'data-category': c });
      this.#boxes.set(c, box);
      this.#counts.set(c, count);
      const swatch = el(doc, 'span', { class: `swatch ${c}`, 'aria-hidden': 'true' });
      this.#list.append(
        el(
          doc,
          'li',
          {},
          el(doc, 'label', {}, box, swatch, el(doc, 'span', { class: 'label' }, categoryLabel(c)), count),
        ),
      );
    }
    // Notes are not a category to hide: the entry says which colour they wear on the page.
    this.#notesCount = el(doc, 'span', { class: 'count' });
    this.#list.append(
      el(
        doc,
        'li',
        { class: 'notes-entry', 'data-testid': 'govmark-legend-notes' },
        el(doc, 'span', { class: 'swatch note', 'aria-hidden': 'true' }),
        el(doc, 'span', { class: 'label' }, t('legendNotes')),
      ),
    );
    const off = el(
      doc,
      'button',
      { type: 'button', class: 'off', 'data-testid': 'govmark-legend-off' },
      t('legendSiteOff'),
    );
    off.addEventListener('click', () => this.#props.onSiteOff());
    this.#body = el(doc, 'div', { class: 'body' }, this.#pages, this.#list, off);
    this.#section = el(
      doc,
      'section',
      { class: 'legend', 'aria-label': t('legendTitle'), 'data-testid': 'govmark-legend' },
      this.#head,
    );
    this.#render();
    container.append(this.#section);
  }

  /** New counts, boxes or pages line. */
  update(props: LegendProps): void {
    this.#props = props;
    this.#render();
  }

  /** Shown as its title bar only, where the page leaves no room for more (legend-place.ts); the reader may open it. */
  setCollapsed(collapsed: boolean): void {
    if (collapsed === this.#collapsed) return;
    this.#collapsed = collapsed;
    this.#open = !collapsed;
    this.#render();
  }

  remove(): void {
    this.#section.remove();
  }

  #render(): void {
    const { counts, visible, pages, notes } = this.#props;
    const open = this.#open;
    this.#head.setAttribute('aria-expanded', String(open));
    this.#total.textContent = String(CATEGORIES.reduce((n, c) => n + counts[c], 0));
    this.#arrow.textContent = open ? '▾' : '▸';
    if (open) this.#head.append(this.#arrow);
    else this.#head.append(this.#total, this.#arrow);
    if (open) this.#total.remove();
    this.#pages.textContent = pages;
    if (pages) this.#body.prepend(this.#pages);
    else this.#pages.remove();
    for (const c of CATEGORIES) {
      this.#list.setAttribute(`data-${c}`, String(counts[c]));
      (this.#boxes.get(c) as HTMLInputElement).checked = visible[c];
      (this.#counts.get(c) as HTMLElement).textContent = String(counts[c]);
    }
    const notesEntry = this.#list.lastElementChild as HTMLElement;
    this.#notesCount.textContent = String(notes ?? '');
    if (notes !== undefined) notesEntry.append(this.#notesCount);
    else this.#notesCount.remove();
    if (open) this.#section.append(this.#body);
    else this.#body.remove();
  }
}
