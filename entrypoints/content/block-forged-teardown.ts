import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT tears a content script down when `<id>:content:wxt:content-script-started` reaches `document`, an
 * event any page script can forge (issue 12). Our own re-runs hand over through the isolated world
 * instead (index.ts), so every such event is stopped at `window`, in the capture phase, before WXT's
 * listener on `document` sees it. Returns the function that stops listening.
 */
export function blockForgedTeardown(view: Window = window): () => void {
  const stop = (event: Event) => event.stopImmediatePropagation();
  // Declared private in WXT's types, public at run time: the one name WXT listens for.
  const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  view.addEventListener(type, stop, { capture: true });
  return () => view.removeEventListener(type, stop, { capture: true });
}
