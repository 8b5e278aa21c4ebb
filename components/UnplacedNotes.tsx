import type { TagCount } from '../storage/tags';
import type { Annotation, AnnotationPatch } from '../storage/types';
import { t } from '../utils/i18n';
import NoteItem from './NoteItem';

export interface UnplacedNotesProps {
  notes: readonly Annotation[];
  knownTags: readonly TagCount[];
  /** GovMark runs on the page, so a selection there can take a note. */
  canReattach: boolean;
  onReattach: (id: string) => void;
  onSave: (id: string, patch: AnnotationPatch) => void;
  onDelete: (id: string) => void;
}

/** Notes whose words the page no longer has: kept, listed with their quote, re-attachable or deletable. */
export default function UnplacedNotes({
  notes,
  knownTags,
  canReattach,
  onReattach,
  onSave,
  onDelete,
}: UnplacedNotesProps) {
  if (notes.length === 0) return null;
  return (
    <section class="gm-unplaced" data-testid="govmark-popup-unplaced" aria-labelledby="gm-unplaced-title">
      <h3 id="gm-unplaced-title">
        {t('notesUnplaced')} ({notes.length})
      </h3>
      <p class="gm-help">{canReattach ? t('notesUnplacedHelp') : t('notesUnplacedHelpOff')}</p>
      <ol class="gm-notes">
        {notes.map((note) => (
          <NoteItem
            key={note.id}
            note={note}
            knownTags={knownTags}
            onSave={(patch) => onSave(note.id, patch)}
            onDelete={() => onDelete(note.id)}
          >
            {canReattach ? (
              <button type="button" data-testid="govmark-popup-reattach" onClick={() => onReattach(note.id)}>
                {t('notesReattach')}
              </button>
            ) : null}
          </NoteItem>
        ))}
      </ol>
    </section>
  );
}
