import { h, render } from 'preact';
import { noteColorVariables } from '../../../components/note-colors';
import { uiLanguage } from '../../../utils/i18n';
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
.marker{position:absolute;width:22px;height:22px;padding:0;border-radius:50% 50% 50% 2px;border:1px solid rgba(var(--gm-note),1);
background:rgba(var(--gm-note),.3);font-size:12px;line-height:20px;text-align:center;color:#111827}
.marker:hover{background:rgba(var(--gm-note),.55)}
@media (prefers-color-scheme:dark){
.add{background:#451a03;color:#fde68a;border-color:#b45309}
.marker{color:#f9fafb}
}
`;

const HOST_STYLE = [
  'position:absolute',
  'left:0',
  'top:0',
  'width:0',
  'height:0',
  'display:block',
  'visibility:visible',
  'opacity:1',
  'z-index:2147483645',
]
  .map((declaration) => `${declaration} !important`)
  .join(';');

/**
 * GovMark's note controls on a page that carry no note data: one `<govmark-note-ui>` beside `<body>` (so
 * the page's body stays the page's), an open shadow root holding the selection's "批注" button and the
 * margin markers. The note card itself lives in GovMark's own frame (note-frame-host.ts).
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
    if (!props.addButton && !this.#host) return;
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
    host.lang = uiLanguage();
    // Inline and !important: a page's own CSS (even `!important`) cannot hide or move the markers.
    host.setAttribute('style', HOST_STYLE);
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
