import * as v from 'valibot';
import { lookUpMessages } from '../../utils/i18n';
import { onMessage } from '../../utils/messaging';

const Keys = v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(100));

/**
 * Looks UI strings up for a content script, here where a getMessage() costs the page nothing. The strings
 * are the extension's public messages, so any sender may ask; a malformed question gets none.
 */
export function answerUiMessages(data: unknown): Record<string, string> {
  const keys = v.safeParse(Keys, data);
  return keys.success ? lookUpMessages(keys.output) : {};
}

export function registerUiMessages(): void {
  onMessage('uiMessages', ({ data }) => answerUiMessages(data));
}
