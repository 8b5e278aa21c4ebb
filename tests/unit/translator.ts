import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Translate } from '../../utils/present-target';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** `t` as the browser answers it in one locale, read from public/_locales (for tests of visible words). */
export function translator(locale: 'zh_CN' | 'en'): Translate {
  const messages: Messages = JSON.parse(
    readFileSync(join(__dirname, `../../public/_locales/${locale}/messages.json`), 'utf8'),
  );
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return key;
    const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return values[Number(content.replace('$', '')) - 1] ?? '';
    });
  };
}
