import { browser } from 'wxt/browser';
import { contentScriptFiles } from './user-sites';

/**
 * Runs the bundled content script in a tab with its stylesheet, the files the manifest declares for its own
 * sites: the highlights' style is declared with the script, never added to the page by it.
 */
export function injectContentScript(tabId: number, api: typeof browser = browser): Promise<unknown> {
  const { js, css = [] } = contentScriptFiles(api.runtime.getManifest());
  const target = { tabId };
  const fromRoot = (files: string[]) => files.map((file) => (file.startsWith('/') ? file : `/${file}`));
  return Promise.all([
    css.length > 0 ? api.scripting.insertCSS({ target, files: fromRoot(css) }) : undefined,
    api.scripting.executeScript({ target, files: fromRoot(js) }),
  ]);
}
