import { type MessageKey, t } from './i18n';
import type { Translate } from './present-target';

/**
 * "1 page", "45 pages": chrome.i18n has no plural rules, so each counted word has two messages, `<key>One`
 * and `<key>Many` (the same words in Chinese, which does not inflect).
 */
export function countOf(n: number, key: MessageKey, tr: Translate = t): string {
  return tr(`${key}${n === 1 ? 'One' : 'Many'}`, String(n));
}
