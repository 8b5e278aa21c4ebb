import { useState } from 'preact/hooks';
import type { TagCount } from '../storage/tags';
import type { Annotation, AnnotationPatch, NoteColor } from '../storage/types';
import { t } from '../utils/i18n';
import ColorChoice from './ColorChoice';
import NoteLength, { noteTooLong } from './NoteLength';
import { NoteTags } from './NoteTags';
import { NOTE_RGB } from './note-colors';
import { noteName } from './note-name';
import TagsField, { type TagsValue, tagsOf } from './TagsField';

export interface NoteItemProps {
  note: Annotation;
  knownTags: readonly TagCount[];
  onSave: (patch: AnnotationPatch) => void;
  onDelete: () => void;
  /** Brings the note's passage into view on the page (quoted notes that are placed). */
  onOpen?: () => void;
  /** Extra buttons (e.g. re-attach an unplaced note). */
  children?: preact.ComponentChildren;
}

/** One note in the popup: its quote, text and tags as plain text, with edit and delete. */
export default function NoteItem({ note, knownTags, onSave, onDelete, onOpen, children }: NoteItemProps) {
  // Repeated buttons say which note they act on, for a screen reader listing them.
  const name = noteName(note);
  const [editing, setEditing] = useState(false);
  return (
    <li class="gm-note" data-testid="govmark-popup-note" data-note-id={note.id}>
      <span class="gm-note-color" style={{ background: `rgb(${NOTE_RGB[note.color]})` }} aria-hidden="true" />
      <div class="gm-note-body">
        {note.quote ? (
          <blockquote class="gm-note-quote" data-testid="govmark-popup-note-quote" lang="zh-CN">
            {note.quote.exact}
          </blockquote>
        ) : (
          <p class="gm-note-kind">{t('notePageLevel')}</p>
        )}
        {editing ? (
          <NoteEditForm
            note={note}
            knownTags={knownTags}
            onCancel={() => setEditing(false)}
            onSave={(patch) => {
              setEditing(false);
              onSave(patch);
            }}
          />
        ) : (
          <>
            <p class={`gm-note-text${note.note ? '' : ' gm-muted'}`} data-testid="govmark-popup-note-text">
              {note.note || t('noteEmpty')}
            </p>
            <NoteTags tags={note.tags} />
            <div class="gm-note-actions">
              {onOpen ? (
                <button
                  type="button"
                  data-testid="govmark-open-note"
                  aria-label={t('noteOpenNamed', name)}
                  onClick={onOpen}
                >
                  {t('noteOpen')}
                </button>
              ) : null}
              <button
                type="button"
                data-testid="govmark-popup-note-edit"
                aria-label={t('noteEditNamed', name)}
                onClick={() => setEditing(true)}
              >
                {t('noteEdit')}
              </button>
              <button
                type="button"
                data-testid="govmark-popup-note-delete"
                aria-label={t('noteDeleteNamed', name)}
                onClick={onDelete}
              >
                {t('noteDelete')}
              </button>
              {children}
            </div>
          </>
        )}
      </div>
    </li>
  );
}

function NoteEditForm({
  note,
  knownTags,
  onSave,
  onCancel,
}: {
  note: Annotation;
  knownTags: readonly TagCount[];
  onSave: (patch: AnnotationPatch) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState(note.note);
  const [tags, setTags] = useState<TagsValue>({ tags: note.tags, draft: '' });
  const [color, setColor] = useState<NoteColor>(note.color);
  return (
    <form
      class="gm-note-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!noteTooLong(text)) onSave({ note: text, tags: tagsOf(tags), color });
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <label class="gm-field">
        <span>{t('noteText')}</span>
        <textarea
          rows={3}
          data-testid="govmark-popup-note-input"
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </label>
      <NoteLength length={text.length} />
      <TagsField value={tags} onChange={setTags} known={knownTags} label={t('noteTagsHelp')} />
      <ColorChoice value={color} onChange={setColor} />
      <div class="gm-note-actions">
        <button type="submit" data-testid="govmark-popup-note-save" disabled={noteTooLong(text)}>
          {t('noteSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('noteCancel')}
        </button>
      </div>
    </form>
  );
}
