import { uiLanguage } from '../../utils/i18n';
import { randomId } from '../../utils/random-id';
import { isTrusted } from '../../utils/trusted-only';
import { attachTargetKeys } from './target-keys';

export const CARD_TAG = 'govmark-card';
/**
 * The id of the card's words in the light DOM, where a mark's aria-describedby can reach them (not in a shadow
 * root): its start, and a random end, new whenever another element answers to it (a page that planted one
 * before ours, so that a screen reader would read its words as the card's).
 */
const CARD_TEXT_ID = 'govmark-card-text';
const freshTextId = () => `${CARD_TEXT_ID}-${randomId().slice(0, 8)}`;

const TARGET_MARK = 'mark[data-govmark="target"]';
const CHINESE_ONLY =
  /^[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\d.%–\s]*[\u4e00-\u9fff][\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\d.%–\s]*$/u;

const CSS = `
:host{all:initial;position:fixed;left:0;top:0;z-index:2147483647;pointer-events:none}
.tip{position:fixed;max-width:20em;padding:6px 8px;border-radius:6px;background:#111827;color:#f9fafb;
font:13px/1.5 system-ui,"PingFang SC","Microsoft YaHei","WenQuanYi Zen Hei",sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.3)}
.tip[hidden]{display:none}
.row{display:flex;gap:8px}
.k{color:#9ca3af;flex:none}
`;

export interface TargetCardOptions {
  doc?: Document;
  /**
   * The card's rows for a finding id (`data-govmark-id`), or null when there is nothing to say. The details
   * may have to be fetched (the first card of a page): the card shows if its mark is still wanted then.
   */
  describe(id: string): Promise<[string, string][] | null>;
}

export interface TargetCard {
  hide(): void;
  /** Removes the card and its listeners. */
  remove(): void;
}

/**
 * Shows a card beside a target highlight when it is hovered or focused (target marks are tab stops);
 * Escape, leaving or blurring hides it. Page-derived strings are set as text, never as markup.
 */
export function attachTargetCard({ doc = document, describe }: TargetCardOptions): TargetCard {
  const listeners = new AbortController();
  let host: HTMLElement | null = null;
  let tip: HTMLElement | null = null;
  let shownId: string | null = null;
  let described: Element | null = null;
  let text: HTMLElement | null = null;
  /** The mark the reader points at or focuses now; a card that comes after they left is not shown. */
  let wanted: Element | null = null;

  const ensureTip = (): HTMLElement => {
    if (tip && host?.isConnected) return tip;
    host = doc.createElement(CARD_TAG);
    // The labels are in the UI's language (the report's words in them get zh-CN below), the hidden text too.
    host.lang = uiLanguage();
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    tip = doc.createElement('div');
    tip.className = 'tip';
    tip.setAttribute('role', 'tooltip');
    tip.setAttribute('data-testid', 'govmark-card');
    tip.hidden = true;
    shadow.append(style, tip);
    // The host's own children are not rendered (the shadow root has no slot) but name the card to a screen reader.
    text = doc.createElement('span');
    text.id = freshTextId();
    host.append(text);
    doc.documentElement.append(host);
    return tip;
  };

  const show = (mark: Element) => {
    const id = mark.getAttribute('data-govmark-id');
    if (!id) return;
    wanted = mark;
    describe(id).then(
      (rows) => {
        if (wanted === mark && mark.isConnected && !listeners.signal.aborted) render(mark, id, rows);
      },
      (error: unknown) => console.warn('GovMark: no details for this target', error),
    );
  };
  const render = (mark: Element, id: string, rows: [string, string][] | null) => {
    if (!rows) return;
    const card = ensureTip();
    card.replaceChildren(
      ...rows.map(([label, value]) => {
        const row = doc.createElement('div');
        row.className = 'row';
        const k = doc.createElement('span');
        k.className = 'k';
        k.textContent = label;
        const v = doc.createElement('span');
        v.textContent = value;
        // Words quoted from the report (an agency, 1.5万个) are Chinese in any UI language.
        if (CHINESE_ONLY.test(value)) v.lang = 'zh-CN';
        row.append(k, v);
        return row;
      }),
    );
    card.hidden = false;
    shownId = id;
    if (text) {
      text.textContent = rows.map(([label, value]) => `${label}: ${value}`).join('; ');
      if (doc.getElementById(text.id) !== text) text.id = freshTextId();
      described?.removeAttribute('aria-describedby');
      mark.setAttribute('aria-describedby', text.id);
      described = mark;
    }
    place(card, mark.getBoundingClientRect(), doc);
  };
  const hide = () => {
    wanted = null;
    if (tip) tip.hidden = true;
    shownId = null;
    described?.removeAttribute('aria-describedby');
    described = null;
  };
  const markOf = (node: EventTarget | null): Element | null =>
    node && (node as Node).nodeType === 1 ? (node as Element).closest(TARGET_MARK) : null;
  // Leaving one piece of a split finding for another piece of it keeps the card.
  const sameFinding = (node: EventTarget | null) =>
    shownId !== null && markOf(node)?.getAttribute('data-govmark-id') === shownId;

  const options = { signal: listeners.signal };
  const onEnter = (e: Event) => {
    // A page script's made-up hover opens no card (focus a script gives is the browser's own event).
    if (!isTrusted(e)) return;
    const mark = markOf(e.target);
    if (mark) show(mark);
  };
  const onLeave = (e: Event) => {
    if (markOf(e.target) && !sameFinding((e as MouseEvent | FocusEvent).relatedTarget)) hide();
  };
  doc.addEventListener('mouseover', onEnter, options);
  doc.addEventListener('focusin', onEnter, options);
  doc.addEventListener('mouseout', onLeave, options);
  doc.addEventListener('focusout', onLeave, options);
  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && shownId !== null) hide();
    },
    options,
  );

  attachTargetKeys(doc, listeners.signal);

  return {
    hide,
    remove() {
      listeners.abort();
      described?.removeAttribute('aria-describedby');
      host?.remove();
      host = null;
      tip = null;
      text = null;
      shownId = null;
    },
  };
}

/** Below the highlight, or above it when there is no room; kept inside the viewport. */
function place(card: HTMLElement, rect: DOMRect, doc: Document): void {
  const view = doc.defaultView;
  const width = view?.innerWidth ?? 1024;
  const height = view?.innerHeight ?? 768;
  const cardHeight = card.offsetHeight || 60;
  const cardWidth = card.offsetWidth || 200;
  const below = rect.bottom + 6;
  const top = below + cardHeight > height && rect.top - cardHeight - 6 >= 0 ? rect.top - cardHeight - 6 : below;
  card.style.top = `${Math.round(top)}px`;
  card.style.left = `${Math.round(Math.max(4, Math.min(rect.left, width - cardWidth - 4)))}px`;
}
