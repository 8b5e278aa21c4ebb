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
  const known = learnt.get(key);
  if (known !== undefined) {
    if (substitutions === undefined) return known;
    const values = typeof substitutions === 'string' ? [substitutions] : substitutions;
    return known.replace(SLOT, (slot) => values[slot.charCodeAt(0) - 0xe001] ?? '');
  }
  try {
    return (browser.i18n as unknown as { getMessage: GetMessage }).getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

/**
 * The UI's language as a `lang` value (zh-CN, en): GovMark's own words on a page in another language are read
 * by screen readers in theirs. Chinese where no browser answers.
 */
export function uiLanguage(): string {
  const locale = t('@@ui_locale');
  return locale.startsWith('@@') || locale === '' ? 'zh-CN' : locale.replace('_', '-');
}

const learnt = new Map<string, string>();
// A learnt message keeps its placeholders as private-use characters U+E001…U+E009 ($1…$9), filled in by t().
const SLOT = /[\uE001-\uE009]/gu;
const SLOTS = Array.from({ length: 9 }, (_, i) => String.fromCharCode(0xe001 + i));

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
    // With stand-ins for the substitutions, so the page can fill a learnt message in itself (第$1版 → 第\uE001版).
    const message = t(key, SLOTS);
    if (message !== key) found[key] = message;
  }
  return found;
}
