import type { Annotation } from '../storage/types';
import { t } from '../utils/i18n';

/** A few words that name a note for a button's label: its quote, else its text, else "page note". */
export function noteName(note: Pick<Annotation, 'quote' | 'note'>, length = 16): string {
  const words = (note.quote?.exact || note.note).replace(/\s+/g, ' ').trim();
  return words.length > length ? `${words.slice(0, length)}…` : words || t('notePageLevel');
}
