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
  try {
    return (browser.i18n as unknown as { getMessage: GetMessage }).getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}
