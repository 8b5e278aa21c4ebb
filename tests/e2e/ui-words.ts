import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Translate } from '../../utils/present-target';

/** The UI languages GovMark ships (public/_locales), as the browsers are told them. */
export type UiLanguage = 'zh_CN' | 'en';
export const UI_LANGUAGES: readonly UiLanguage[] = ['zh_CN', 'en'];

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * GovMark's words in one language, read from the package's own message files, so a test expects the words
 * the reader sees in that language: an extension that fell back to the other language fails it.
 */
export function uiWords(language: UiLanguage): Translate {
  const file = join(dirname(fileURLToPath(import.meta.url)), '../../public/_locales', language, 'messages.json');
  const messages: Record<string, Message> = JSON.parse(readFileSync(file, 'utf8'));
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) throw new Error(`no message ${key} in ${language}`);
    const values = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (_m, n: string) => values[Number(n) - 1] ?? '');
    });
  };
}
