import { DEFAULT_NOTE_COLOR } from '../../storage/types';
import { uiLanguage } from '../../utils/i18n';
import { NOTE_ALPHA, NOTE_TONES, onWhite, swatchCss } from '../../utils/palette';
import { type IsTrusted, isTrusted, trustedOnly } from '../../utils/trusted-only';
import { type LegendPlacement, placeLegend, type Size } from './legend-place';
import { type LegendProps, LegendView } from './legend-view';

export const LEGEND_TAG = 'govmark-legend';

// In the shadow root, so the page's CSS cannot reach inside; the host's own box is held by its inline style.
const CSS = `
.legend{font:13px/1.5 system-ui,"PingFang SC","Microsoft YaHei","WenQuanYi Zen Hei",sans-serif;color:#1f2937;
background:rgba(255,255,255,.96);border:1px solid #d1d5db;border-radius:8px;box-shadow:0 2px 10px rgba(0,0,0,.18);min-width:9em;max-width:16em}
.head{all:unset;box-sizing:border-box;display:flex;gap:6px;align-items:center;width:100%;padding:4px 8px;cursor:pointer;font-weight:600}
.head:focus-visible,.off:focus-visible,input:focus-visible{outline:2px solid #2563eb;outline-offset:1px}
.logo{flex:1}
.body{padding:0 8px 8px}
.pages{margin:0 0 4px;color:#374151}
ul{list-style:none;margin:0;padding:0}
label{display:flex;gap:6px;align-items:center;cursor:pointer;padding:1px 0}
.label{flex:1}
.count{font-variant-numeric:tabular-nums}
.swatch{display:inline-block;width:14px;height:10px;border-radius:2px;border-bottom:2px solid}
${swatchCss((c) => `.swatch.${c}`)}
.swatch.note{background:rgb(${onWhite(NOTE_TONES[DEFAULT_NOTE_COLOR], NOTE_ALPHA).join(',')});border-bottom-color:rgb(${NOTE_TONES[DEFAULT_NOTE_COLOR].join(',')})}
.notes-entry{display:flex;gap:6px;align-items:center;padding:1px 0 1px 19px}
.off{all:unset;margin-top:6px;display:block;color:#b91c1c;cursor:pointer;text-decoration:underline}
@media (prefers-color-scheme:dark){
.legend{color:#e5e7eb;background:rgba(31,41,55,.96);border-color:#4b5563}
.pages{color:#d1d5db}
.off{color:#fca5a5}
}
`;

export interface LegendHandle {
  update(props: LegendProps): void;
  remove(): void;
  /** Whether the legend is still in the document (a page script may have taken it out). */
  attached(): boolean;
}

/** The legend's sizes open and collapsed: each measured when last shown so, the other estimated from the open one. */
interface Sizes {
  open?: Size;
  closed?: Size;
}

function measure(host: HTMLElement, shadow: ShadowRoot, sizes: Sizes): { open: Size; closed: Size } {
  const box = shadow.querySelector('.legend');
  const head = shadow.querySelector('.head');
  const rect = (box ?? host).getBoundingClientRect();
  const size = { width: rect.width, height: rect.height };
  if (box && !shadow.querySelector('.body')) sizes.closed = size;
  else {
    sizes.open = size;
    // Collapsed, the box keeps its minimum width and only the title bar's height.
    const minWidth = box ? Number.parseFloat(getComputedStyle(box).minWidth) || 0 : 0;
    sizes.closed ??= {
      width: Math.min(rect.width, minWidth + 2),
      height: (head?.getBoundingClientRect().height ?? 28) + 2,
    };
  }
  return { open: sizes.open ?? size, closed: sizes.closed ?? size };
}

/**
 * The host's inline style for a placement: a bottom corner (fixed), or docked in the page by the article;
 * hidden while it is measured. Inline and `!important`, like the note UI's hosts: page CSS (even its own
 * `!important` rules) can neither hide nor move the legend (issue 12).
 */
export function legendHostStyle(placement: LegendPlacement | null, placing = false, height?: number): string {
  const box: Record<string, string> = {
    all: 'initial',
    display: 'block',
    visibility: placing ? 'hidden' : 'visible',
    opacity: '1',
    'pointer-events': placing ? 'none' : 'auto',
    position: 'fixed',
    'z-index': '2147483646',
    right: '12px',
    bottom: '12px',
  };
  if (placement?.mode === 'margin' && placement.side === 'left') Object.assign(box, { right: 'auto', left: '12px' });
  if (placement?.mode === 'docked') {
    Object.assign(box, {
      position: 'absolute',
      'z-index': '2147483645',
      right: 'auto',
      bottom: 'auto',
      top: `${placement.top}px`,
      left: `${placement.left}px`,
      transform: placement.above ? 'translateY(-100%)' : 'none',
    });
    // Opened by the reader above an article near the page's top, it would grow past the page's top edge, its
    // title and toggles out of reach: its top stops at the page's top, and it covers the article's first lines.
    if (placement.above && height !== undefined && height > placement.top) {
      Object.assign(box, { top: '0px', transform: 'none' });
    }
  }
  return Object.entries(box)
    .map(([name, value]) => `${name}:${value} !important`)
    .join(';');
}

export interface MountLegendOptions {
  trusted?: IsTrusted;
  /** The article whose text the legend must never cover (the page pass's main text root). */
  article?: () => Element | null;
}

/**
 * Adds the legend in an open shadow root outside the page's body, in a free margin beside the article or
 * docked by it (legend-place.ts), placed again when the window or the article changes size.
 */
export function mountLegend(
  doc: Document,
  props: LegendProps,
  { trusted = isTrusted, article = () => null }: MountLegendOptions = {},
): LegendHandle {
  const host = doc.createElement(LEGEND_TAG);
  host.setAttribute('style', legendHostStyle(null));
  host.lang = uiLanguage();
  const shadow = host.attachShadow({ mode: 'open' });
  // Open for tests and readers' tools; a page script's scripted click cannot switch GovMark off (issue 12).
  trustedOnly(shadow, undefined, trusted);
  const style = doc.createElement('style');
  style.textContent = CSS;
  const container = doc.createElement('div');
  shadow.append(style, container);
  // Beside <body>, not in it: the page's body stays exactly the page's.
  doc.documentElement.append(host);
  const legend = new LegendView(container, props);
  const view = doc.defaultView;
  const stop = new AbortController();
  const sizes: Sizes = {};
  let placement: LegendPlacement | null = null;
  const place = () => {
    if (stop.signal.aborted || !view) return;
    host.setAttribute('style', legendHostStyle(placement, true));
    const root = article();
    const { open, closed } = measure(host, shadow, sizes);
    placement = placeLegend(
      open,
      closed,
      { width: view.innerWidth, height: view.innerHeight },
      root?.isConnected ? root.getBoundingClientRect() : null,
      { x: view.scrollX, y: view.scrollY },
    );
    legend.setCollapsed(placement.collapsed);
    host.setAttribute('style', legendHostStyle(placement, false, host.offsetHeight));
  };
  // After the next frame has laid the page out: measuring right after highlighting forced a layout of
  // the whole page in the same task, the longest task of a first pass.
  if (view) view.requestAnimationFrame(() => view.setTimeout(place, 0));
  view?.addEventListener('resize', place, { signal: stop.signal });
  view?.addEventListener('load', place, { signal: stop.signal });
  // The article grows or shrinks (late content, images): its margins and top move with it.
  const root = article();
  const resized = root && view && 'ResizeObserver' in view ? new view.ResizeObserver(() => place()) : null;
  if (root) resized?.observe(root);
  // The reader opens or closes it: docked above the article, it keeps its title on the page.
  const opened =
    view && 'ResizeObserver' in view
      ? new view.ResizeObserver(() => {
          if (placement?.mode === 'docked')
            host.setAttribute('style', legendHostStyle(placement, false, host.offsetHeight));
        })
      : null;
  opened?.observe(host);
  return {
    update: (next) => legend.update(next),
    attached: () => host.isConnected,
    remove() {
      stop.abort();
      resized?.disconnect();
      opened?.disconnect();
      legend.remove();
      host.remove();
    },
  };
}
