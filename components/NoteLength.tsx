import { NOTE_MAX_LENGTH } from '../storage/types';
import { t } from '../utils/i18n';

export interface NoteLengthProps {
  /** The note's length as typed. */
  length: number;
}

/** Whether a note is longer than the database keeps: its form does not save it. */
export const noteTooLong = (text: string) => text.length > NOTE_MAX_LENGTH;

// Shown only near the limit: most notes are a line or two.
const NEAR = 0.9 * NOTE_MAX_LENGTH;

/**
 * A note's length against the limit, once it comes near (19990 / 20000); past it, what to do, at once rather
 * than when Save fails.
 */
export default function NoteLength({ length }: NoteLengthProps) {
  if (length < NEAR) return null;
  const over = length > NOTE_MAX_LENGTH;
  const words = [String(length), String(NOTE_MAX_LENGTH)];
  return (
    <p
      class={`gm-note-length${over ? ' gm-over' : ''}`}
      role={over ? 'alert' : 'status'}
      data-testid="govmark-note-length"
    >
      {over ? t('noteTooLong', words) : t('noteLength', words)}
    </p>
  );
}
