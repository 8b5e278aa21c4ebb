import { browser } from 'wxt/browser';
import { sendMessage } from '../../../utils/messaging';
import { FRAME_HELLO, type FrameCard, type FrameHello, NOTE_FRAME_PAGE } from '../../../utils/protocol-note-frame';
import { randomId } from '../../../utils/random-id';
import type { CardActions, CardView } from './card-view';
import { FrameChannel } from './frame-channel';
import { hiddenByPage } from './hidden-by-page';
import type { Spot } from './NoteUi';

export const NOTE_CARD_TAG = 'govmark-note-card';
/** The card's width, and the frame's margin around it for the card's shadow (note-frame.css). */
const CARD_WIDTH = 320;
const SHADOW_ROOM = 6;

// Inline and !important: page CSS cannot hide or move our host (an author rule loses to an inline one).
const HOST_STYLE = 'all:initial;position:absolute;z-index:2147483646;display:block;visibility:visible;opacity:1';
const HOST_CSS = `${HOST_STYLE.replaceAll(';', ' !important;')} !important`;

type GetUrl = (path: string) => string;
// tsconfig leaves out WXT's generated .wxt types, where getURL's typed overloads live.
const runtime = () => browser.runtime as unknown as { id: string; getURL: GetUrl };

/**
 * The note card on a page, in GovMark's own frame (issue 12): an iframe of the extension's origin inside a
 * **closed** shadow root, so a page script can neither find the frame nor read into it (another origin).
 * The frame learns a random token from its URL's fragment, which the background has heard from us first
 * (the frame checks it there); once it has loaded, we post it the token with one end of a MessageChannel,
 * and from then on the card and the reader's actions go over that port only.
 * The frame is kept between cards (hidden), so opening a note does not wait for a page load.
 */
export class NoteFrameHost implements CardView {
  readonly #doc: Document;
  readonly #actions: CardActions;
  #host: HTMLElement | null = null;
  #frame: HTMLIFrameElement | null = null;
  #channel: FrameChannel | null = null;
  /** The card to show once the frame is ready (or now). */
  #card: FrameCard | null = null;

  readonly #open: (token: string) => Promise<boolean>;

  constructor(
    actions: CardActions,
    doc: Document = document,
    open: (token: string) => Promise<boolean> = (token) => sendMessage('noteFrame:open', { token }),
  ) {
    this.#actions = actions;
    this.#doc = doc;
    this.#open = open;
  }

  show(card: FrameCard, spot: Spot): void {
    this.#ensure();
    const host = this.#host as HTMLElement;
    host.style.setProperty('left', `${spot.left - SHADOW_ROOM}px`, 'important');
    host.style.setProperty('top', `${spot.top}px`, 'important');
    const opening = this.#card?.key !== card.key;
    this.#card = card;
    this.#channel?.send(card);
    host.style.setProperty('display', 'block', 'important');
    // Keys typed next go to the card (the frame's own focus() cannot take it from the page).
    if (opening && this.#channel) this.#frame?.focus();
  }

  hide(): void {
    this.#card = null;
    this.#channel?.send(null);
    this.#host?.style.setProperty('display', 'none', 'important');
    // The keyboard goes back to the page, not into a hidden frame.
    if (this.#host && this.#doc.activeElement === this.#host) this.#host.blur();
  }

  covered(): boolean {
    const host = this.#host;
    if (!host) return true;
    const hidden = hiddenByPage(host, CARD_WIDTH, 40);
    // Our own style again, in case the page changed it: the reader's next click is on the card as it is.
    if (hidden) this.#restyle(host);
    return hidden;
  }

  #restyle(host: HTMLElement): void {
    const { left, top, display } = host.style;
    host.setAttribute('style', HOST_CSS);
    host.style.setProperty('left', left, 'important');
    host.style.setProperty('top', top, 'important');
    host.style.setProperty('display', display, 'important');
  }

  remove(): void {
    this.#channel?.close();
    this.#channel = null;
    this.#host?.remove();
    this.#host = null;
    this.#frame = null;
    this.#card = null;
  }

  #ensure(): void {
    if (this.#host?.isConnected) return;
    this.remove();
    const doc = this.#doc;
    const host = doc.createElement(NOTE_CARD_TAG);
    host.setAttribute('style', HOST_CSS);
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = 'iframe{display:block;border:0;background:transparent}';
    const frame = doc.createElement('iframe');
    const token = randomId();
    // The background vouches for the token to the frame: loaded only once it knows it.
    void this.#open(token).then(
      (opened) => {
        if (opened && frame === this.#frame) frame.src = `${runtime().getURL(NOTE_FRAME_PAGE)}#${token}`;
      },
      () => {},
    );
    frame.width = String(CARD_WIDTH + 2 * SHADOW_ROOM);
    frame.height = '0';
    frame.setAttribute('allowtransparency', 'true');
    // Every load gets a fresh port (a first load may be the empty document before ours).
    frame.addEventListener('load', () => this.#connect(frame, token));
    shadow.append(style, frame);
    doc.documentElement.append(host);
    this.#host = host;
    this.#frame = frame;
  }

  /**
   * Hands the loaded frame its port, posted only to the extension's origin with the token it expects. Chrome
   * loads the dynamic URL and then serves the page from the extension's own origin, so the hello goes to each
   * origin the frame may have, each with its own channel; the one the frame answers on is kept.
   */
  #connect(frame: HTMLIFrameElement, token: string): void {
    const target = frame.contentWindow;
    // No src yet: the empty document a new iframe loads first is not our frame.
    if (!target || frame !== this.#frame || !frame.getAttribute('src')) return;
    this.#channel?.close();
    this.#channel = null;
    let channels: FrameChannel[] = [];
    const answered = (channel: FrameChannel) => {
      for (const other of channels) if (other !== channel) other.close();
      this.#channel = channel;
      if (this.#card) {
        channel.send(this.#card);
        frame.focus();
      }
    };
    channels = frameOrigins(frame.src, runtime().id).map((origin) => {
      const { port1, port2 } = new MessageChannel();
      const channel = new FrameChannel(port1, this.#actions, (height) => {
        if (this.#channel !== channel) answered(channel);
        frame.height = String(height);
      });
      target.postMessage({ type: FRAME_HELLO, token } satisfies FrameHello, origin, [port2]);
      return channel;
    });
  }
}

/** The origins a frame loaded from `src` may have: its own, and in Chrome the extension's static one. */
export function frameOrigins(src: string, extensionId: string): string[] {
  const origin = /^[a-z-]+:\/\/[^/]+/i.exec(src)?.[0] ?? '';
  const fixed = `chrome-extension://${extensionId}`;
  return origin.startsWith('chrome-extension://') && origin !== fixed ? [origin, fixed] : [origin];
}
