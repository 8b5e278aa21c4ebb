import { h, render } from 'preact';
import { noteColorVariables } from '../../../components/note-colors';
import { type IsTrusted, isTrusted, trustedOnly } from '../../../utils/trusted-only';
import NoteUi, { type NoteUiProps } from './NoteUi';

export const NOTE_UI_TAG = 'govmark-note-ui';

// Shadow-root styles: the page's CSS cannot reach in, and `all: initial` stops inherited page styles.
const CSS = `
:host{all:initial;position:absolute;left:0;top:0;width:0;height:0;z-index:2147483645;
font:13px/1.5 system-ui,"PingFang SC","Microsoft YaHei","WenQuanYi Zen Hei",sans-serif;color:#1f2937}
${noteColorVariables((c) => `.marker.c-${c}`)}
button{font:inherit;color:inherit;cursor:pointer}
:focus-visible{outline:2px solid #2563eb;outline-offset:1px}
.add{position:absolute;padding:2px 10px;border:1px solid #b45309;border-radius:12px;background:#fffbeb;color:#92400e;
box-shadow:0 1px 4px rgba(0,0,0,.25);white-space:nowrap}
.card{position:absolute;width:320px}
.editor{box-sizing:border-box;background:#fff;border:1px solid #d1d5db;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.22);padding:10px}
.quote{margin:0 0 8px;padding-left:8px;border-left:3px solid #d1d5db;color:#4b5563;max-height:4.5em;overflow:hidden}
.field,.gm-tags{display:flex;flex-direction:column;gap:2px;margin-bottom:8px}
.gm-tags{position:relative}
textarea,input[type=text]{font:inherit;color:inherit;background:#fff;border:1px solid #d1d5db;border-radius:4px;padding:4px 6px;box-sizing:border-box;width:100%}
textarea{resize:vertical}
.gm-tags-box{display:flex;flex-wrap:wrap;gap:4px;align-items:center}
.gm-tags-box input{flex:1;min-width:6em;width:auto}
.gm-chips,.tags{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px}
.gm-chip,.tags li{background:#eef2ff;color:#3730a3;border-radius:10px;padding:0 8px;display:flex;gap:2px;align-items:center}
.gm-chip button{all:unset;cursor:pointer;padding:0 2px}
.gm-suggestions{position:absolute;top:100%;left:0;right:0;z-index:1;box-shadow:0 2px 8px rgba(0,0,0,.2);list-style:none;margin:0;padding:2px 0;border:1px solid #d1d5db;border-radius:4px;background:#fff;max-height:10em;overflow:auto}
.gm-suggestions[hidden]{display:none}
.gm-suggestions [role=option]{padding:2px 8px;cursor:pointer}
.gm-suggestions [role=option][aria-selected=true],.gm-suggestions [role=option]:hover{background:#e0e7ff}
.gm-colors{border:0;margin:0 0 8px;padding:0;display:flex;gap:6px;align-items:center}
.gm-colors legend{float:left;margin-right:6px;padding:0}
.gm-color{position:relative;display:inline-flex;cursor:pointer}
.gm-color input{position:absolute;opacity:0;width:100%;height:100%;margin:0;cursor:pointer}
.gm-color-swatch{width:18px;height:18px;border-radius:50%;border:2px solid transparent}
.gm-color input:checked+.gm-color-swatch{border-color:#111827;box-shadow:0 0 0 2px #fff inset}
.gm-color input:focus-visible+.gm-color-swatch{outline:2px solid #2563eb;outline-offset:1px}
.gm-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.actions{display:flex;gap:6px;flex-wrap:wrap}
.actions button{padding:3px 10px;border:1px solid #d1d5db;border-radius:4px;background:#f9fafb}
.actions .primary{background:#1d4ed8;border-color:#1d4ed8;color:#fff}
.actions .danger{color:#b91c1c}
.text{margin:0 0 8px;white-space:pre-wrap;overflow-wrap:anywhere;max-height:16em;overflow:auto}
.text.empty{color:#6b7280}
.tags{margin-bottom:8px}
.error{color:#b91c1c;margin:6px 0 0}
.busy{color:#6b7280;margin:6px 0 0}
.marker{position:absolute;width:22px;height:22px;padding:0;border-radius:50% 50% 50% 2px;border:1px solid rgba(var(--gm-note),1);
background:rgba(var(--gm-note),.3);font-size:12px;line-height:20px;text-align:center;color:#111827}
.marker:hover{background:rgba(var(--gm-note),.55)}
@media (prefers-color-scheme:dark){
:host{color:#e5e7eb}
.editor{background:#1f2937;border-color:#4b5563}
.quote{color:#d1d5db;border-color:#4b5563}
textarea,input[type=text],.gm-suggestions{background:#111827;border-color:#4b5563}
.gm-chip,.tags li{background:#312e81;color:#e0e7ff}
.gm-suggestions [role=option][aria-selected=true],.gm-suggestions [role=option]:hover{background:#3730a3}
.actions button{background:#374151;border-color:#4b5563}
.add{background:#451a03;color:#fde68a;border-color:#b45309}
.marker{color:#f9fafb}
.text.empty{color:#9ca3af}
.gm-color input:checked+.gm-color-swatch{border-color:#f9fafb;box-shadow:0 0 0 2px #1f2937 inset}
}
`;

/**
 * GovMark's notes UI on a page: one `<govmark-note-ui>` beside `<body>` (so the page's body stays the
 * page's), an open shadow root holding the selection button, the note card and the margin markers.
 * Created on first use, removed with remove().
 */
export class NoteUiHost {
  readonly #doc: Document;
  #host: HTMLElement | null = null;
  #ui: HTMLElement | null = null;
  #markers: HTMLElement | null = null;

  readonly #trusted: IsTrusted;

  constructor(doc: Document = document, trusted: IsTrusted = isTrusted) {
    this.#trusted = trusted;
    this.#doc = doc;
  }

  /** The container the margin markers live in. */
  markers(): HTMLElement {
    this.#ensure();
    return this.#markers as HTMLElement;
  }

  render(props: NoteUiProps): void {
    if (!props.addButton && !props.editor && !this.#host) return;
    this.#ensure();
    render(h(NoteUi, props), this.#ui as HTMLElement);
  }

  /** True for an event that happened inside our UI (it crosses the shadow boundary retargeted to the host). */
  isOurs(event: Event): boolean {
    return !!this.#host && event.composedPath().includes(this.#host);
  }

  /** True while the host is on the page. */
  get connected(): boolean {
    return !!this.#host?.isConnected;
  }

  remove(): void {
    if (this.#ui) render(null, this.#ui);
    this.#host?.remove();
    this.#host = null;
    this.#ui = null;
    this.#markers = null;
  }

  #ensure(): void {
    if (this.#host?.isConnected) return;
    const doc = this.#doc;
    const host = doc.createElement(NOTE_UI_TAG);
    host.setAttribute('data-govmark-ui', '');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    const ui = doc.createElement('div');
    const markers = doc.createElement('div');
    // Keys typed into our fields are ours: the page's own shortcuts must not act on them.
    for (const type of ['keydown', 'keyup', 'keypress']) ui.addEventListener(type, (e) => e.stopPropagation());
    // A page script can reach into this open root (tests must): it can look, but it cannot drive.
    trustedOnly(shadow, undefined, this.#trusted);
    shadow.append(style, markers, ui);
    doc.documentElement.append(host);
    this.#host = host;
    this.#ui = ui;
    this.#markers = markers;
  }
}
