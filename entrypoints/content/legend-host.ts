import { h, render } from 'preact';
import { DEFAULT_NOTE_COLOR } from '../../storage/types';
import { NOTE_ALPHA, NOTE_TONES, onWhite, swatchCss } from '../../utils/palette';
import { type IsTrusted, isTrusted, trustedOnly } from '../../utils/trusted-only';
import Legend, { type LegendProps } from './Legend';
import { articleTextProbe, chooseLegendSide } from './legend-place';

export const LEGEND_TAG = 'govmark-legend';

// In the shadow root, so the page's CSS cannot reach it; `all: initial` stops inherited page styles too.
const CSS = `
:host{all:initial;display:block;position:fixed;right:12px;bottom:12px;z-index:2147483646;font:13px/1.5 system-ui,"PingFang SC","Microsoft YaHei","WenQuanYi Zen Hei",sans-serif;color:#1f2937}
:host([data-side=left]){right:auto;left:12px}
:host([data-placing]){visibility:hidden;pointer-events:none}
.legend{background:rgba(255,255,255,.96);border:1px solid #d1d5db;border-radius:8px;box-shadow:0 2px 10px rgba(0,0,0,.18);min-width:9em;max-width:16em}
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
:host{color:#e5e7eb}
.legend{background:rgba(31,41,55,.96);border-color:#4b5563}
.pages{color:#d1d5db}
.off{color:#fca5a5}
}
`;

export interface LegendHandle {
  update(props: LegendProps): void;
  remove(): void;
}

/** Moves the legend to the bottom corner where it hides the least page text; hidden from the probe meanwhile. */
function placeLegend(host: HTMLElement, doc: Document): void {
  const view = doc.defaultView;
  if (!view || typeof doc.elementFromPoint !== 'function') return;
  host.setAttribute('data-placing', '');
  const { width, height } = host.getBoundingClientRect();
  const side = chooseLegendSide(
    { width, height },
    { width: view.innerWidth, height: view.innerHeight },
    articleTextProbe(doc),
  );
  host.setAttribute('data-side', side);
  host.removeAttribute('data-placing');
}

/** Adds the floating legend (fixed, bottom right) in an open shadow root outside the page's body. */
export function mountLegend(doc: Document, props: LegendProps, trusted: IsTrusted = isTrusted): LegendHandle {
  const host = doc.createElement(LEGEND_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  // Open for tests and readers' tools; a page script's scripted click cannot switch GovMark off (issue 12).
  trustedOnly(shadow, undefined, trusted);
  const style = doc.createElement('style');
  style.textContent = CSS;
  const container = doc.createElement('div');
  shadow.append(style, container);
  // Beside <body>, not in it: the page's body stays exactly the page's.
  doc.documentElement.append(host);
  render(h(Legend, props), container);
  const view = doc.defaultView;
  const stop = new AbortController();
  const place = () => {
    if (!stop.signal.aborted) placeLegend(host, doc);
  };
  // After the next frame has laid the page out: measuring right after highlighting forced a layout of
  // the whole page in the same task, the longest task of a first pass.
  if (view) view.requestAnimationFrame(() => view.setTimeout(place, 0));
  view?.addEventListener('resize', place, { signal: stop.signal });
  return {
    update: (next) => render(h(Legend, next), container),
    remove() {
      stop.abort();
      render(null, container);
      host.remove();
    },
  };
}
