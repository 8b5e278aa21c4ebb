import type { TagCount } from '../storage/tags';
import type { Annotation, AnnotationPatch } from '../storage/types';
import { t } from '../utils/i18n';
import NoteItem from './NoteItem';

export interface NotesListProps {
  /** In reading order: page-level notes first, then by where their words stand. */
  notes: readonly Annotation[];
  knownTags: readonly TagCount[];
  /** Only notes carrying this tag ('' = all). */
  tag: string;
  onSave: (id: string, patch: AnnotationPatch) => void;
  onDelete: (id: string) => void;
  onOpen?: (id: string) => void;
}

/** The page's notes in reading order, optionally only those with one tag. */
export default function NotesList({ notes, knownTags, tag, onSave, onDelete, onOpen }: NotesListProps) {
  const shown = tag ? notes.filter((n) => n.tags.includes(tag)) : notes;
  if (shown.length === 0) {
    return (
      <p class="gm-help" data-testid="govmark-popup-notes-empty">
        {notes.length === 0 ? t('notesEmpty') : t('notesNoneWithTag')}
      </p>
    );
  }
  return (
    <ol class="gm-notes" data-testid="govmark-popup-notes-list">
      {shown.map((note) => (
        <NoteItem
          key={note.id}
          note={note}
          knownTags={knownTags}
          onSave={(patch) => onSave(note.id, patch)}
          onDelete={() => onDelete(note.id)}
          onOpen={onOpen && note.quote ? () => onOpen(note.id) : undefined}
        />
      ))}
    </ol>
  );
}
