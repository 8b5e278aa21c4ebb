import { browser } from 'wxt/browser';

/** A key of public/_locales/*\/messages.json; utils/i18n.test.ts checks every key the code uses exists. */
export type MessageKey = string;

// tsconfig leaves out WXT's generated .wxt types, where getMessage's typed overloads live.
type GetMessage = (key: string, substitutions?: string | string[]) => string;

/**
 * A UI string in the browser's language: Chinese by default, English when the browser is in English.
 * Falls back to the key where no browser answers (unit tests), so a missing string is visible, not blank.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  if (substitutions === undefined) {
    const known = learnt.get(key);
    if (known !== undefined) return known;
  }
  try {
    return (browser.i18n as unknown as { getMessage: GetMessage }).getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

const learnt = new Map<string, string>();

/**
 * Takes in strings the background looked up (the `uiMessages` message), so t() need not ask the browser.
 * A content script's first getMessage() is a synchronous round trip to the browser: 5–18 ms of the page's
 * main thread, measured, on a report's first pass (issue 11). Anything but strings is ignored.
 */
export function learnMessages(messages: unknown): void {
  if (typeof messages !== 'object' || messages === null) return;
  for (const [key, value] of Object.entries(messages)) if (typeof value === 'string' && value) learnt.set(key, value);
}

/** The messages of `keys` in the browser's language, for learnMessages() elsewhere; unknown keys left out. */
export function lookUpMessages(keys: readonly string[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const key of keys) {
    const message = t(key);
    if (message !== key) found[key] = message;
  }
  return found;
}
