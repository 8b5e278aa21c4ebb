import { browser } from 'wxt/browser';
import { onMessage } from '../../utils/messaging';
import { NOTE_FRAME_PAGE } from '../../utils/protocol-note-frame';
import { runtimeSelf, type Self, type SenderInfo, senderScope } from './sender-scope';

/** A tab keeps only its latest few tokens (one per frame its content script made; a reload makes another). */
const PER_TAB = 8;
const isToken = (token: unknown): token is string =>
  typeof token === 'string' && token.length >= 16 && token.length <= 64;

/**
 * The tokens of note frames our content scripts made, per tab. A frame checks its own (from its URL's
 * fragment) here before it shows anything: the browser fills in both senders' tabs, so a copy of the frame
 * that a page loaded, with a token the page chose, is told no.
 */
export class NoteFrameTokens {
  readonly #tabs = new Map<number, string[]>();

  open(sender: SenderInfo | undefined, self: Self, token: unknown): boolean {
    const tabId = sender?.tab?.id;
    if (!isToken(token) || tabId === undefined || senderScope(sender, self)?.role !== 'page') return false;
    this.#tabs.set(tabId, [...(this.#tabs.get(tabId) ?? []), token].slice(-PER_TAB));
    return true;
  }

  check(sender: SenderInfo | undefined, self: Self, token: unknown): boolean {
    const tabId = sender?.tab?.id;
    const from = sender?.url ?? '';
    if (!isToken(token) || tabId === undefined || sender?.id !== self.id || !from.startsWith(self.origin)) return false;
    return new URL(from).pathname === NOTE_FRAME_PAGE && !!this.#tabs.get(tabId)?.includes(token);
  }

  forget(tabId: number): void {
    this.#tabs.delete(tabId);
  }
}

/** Wires the note frames' tokens to the runtime messages; a closed tab's tokens go with it. */
export function registerNoteFrameTokens(self: () => Self = runtimeSelf): NoteFrameTokens {
  const tokens = new NoteFrameTokens();
  onMessage('noteFrame:open', ({ data, sender }) => tokens.open(sender as SenderInfo, self(), data?.token));
  onMessage('noteFrame:check', ({ data, sender }) => tokens.check(sender as SenderInfo, self(), data?.token));
  browser.tabs?.onRemoved?.addListener((tabId) => tokens.forget(tabId));
  return tokens;
}
