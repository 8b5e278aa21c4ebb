import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The running copy's stop, kept in the isolated world that every copy of our content script shares. */
const CURRENT = Symbol.for('govmark.copy');
type WithCopy = typeof globalThis & { [CURRENT]?: () => void };

/** WXT's `<extension id>:content:wxt:content-script-started` (private in its types, public at run time). */
export function scriptStartedEvent(): string {
  return (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
}

/**
 * Makes this copy of the content script the only one running in the page (the same bundle runs again on
 * activeTab injection or from the registered user-sites script): an older copy is stopped through the
 * isolated world the copies share, which page scripts cannot reach. WXT's own way, a CustomEvent on
 * `document`, is stopped at `window` before WXT hears it: its name holds the extension's id, public for a
 * store extension, so a page could forge it and tear GovMark down (issue 12).
 */
export function takeOverPage(ctx: ContentScriptContext, scope: WithCopy = globalThis, win: Window = window): void {
  scope[CURRENT]?.();
  scope[CURRENT] = () => ctx.abort('a newer copy of GovMark runs in this page');
  win.addEventListener(scriptStartedEvent(), (event) => event.stopImmediatePropagation(), {
    capture: true,
    signal: ctx.signal,
  });
}
