import { useEffect, useRef, useState } from 'preact/hooks';
import ColorChoice from '../../components/ColorChoice';
import NoteLength, { noteTooLong } from '../../components/NoteLength';
import { NoteTags } from '../../components/NoteTags';
import TagsField, { type TagsValue, tagsOf } from '../../components/TagsField';
import type { TagCount } from '../../storage/tags';
import { type Annotation, DEFAULT_NOTE_COLOR, type NoteColor } from '../../storage/types';
import { t } from '../../utils/i18n';
import type { NoteValues } from '../../utils/protocol-note-frame';

export interface NoteEditorProps {
  /** `new`: a note for the selected words; `view`: a saved note, read-only; `edit`: a saved note's form. */
  mode: 'new' | 'view' | 'edit';
  /** The words the note is about. */
  quote?: string;
  note?: Annotation;
  knownTags: readonly TagCount[];
  busy?: boolean;
  error?: string;
  onSave: (values: NoteValues) => void;
  onEdit: () => void;
  onDelete: () => void;
  onClose: () => void;
}

/** The inline note card: a form for a new or edited note, or a saved note to read, edit or delete. */
export default function NoteEditor(props: NoteEditorProps) {
  const { mode, quote, note, busy, error, onClose } = props;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };
  return (
    <div
      class="editor"
      role="dialog"
      aria-label={mode === 'new' ? t('noteNew') : t('noteTitle')}
      data-testid="govmark-note-editor"
      data-mode={mode}
      onKeyDown={onKeyDown}
    >
      {quote ? (
        <blockquote class="quote" data-testid="govmark-note-quote" lang="zh-CN">
          {quote}
        </blockquote>
      ) : null}
      {mode === 'view' && note ? <NoteView {...props} note={note} /> : <NoteForm {...props} />}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {busy ? <p class="busy">{t('noteSaving')}</p> : null}
    </div>
  );
}

function NoteView({ note, onEdit, onDelete, onClose, busy }: NoteEditorProps & { note: Annotation }) {
  const [confirming, setConfirming] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div class="view">
      <p class={`text${note.note ? '' : ' empty'}`} data-testid="govmark-note-view-text">
        {note.note || t('noteEmpty')}
      </p>
      <NoteTags tags={note.tags} />
      <div class="actions">
        <button type="button" ref={first} data-testid="govmark-note-edit" onClick={onEdit}>
          {t('noteEdit')}
        </button>
        <button
          type="button"
          class="danger"
          data-testid="govmark-note-delete"
          disabled={busy}
          onClick={() => (confirming ? onDelete() : setConfirming(true))}
        >
          {confirming ? t('noteDeleteConfirm') : t('noteDelete')}
        </button>
        <button type="button" onClick={onClose}>
          {t('noteClose')}
        </button>
      </div>
    </div>
  );
}

function NoteForm({ note, knownTags, busy, onSave, onClose }: NoteEditorProps) {
  const [text, setText] = useState(note?.note ?? '');
  const [tags, setTags] = useState<TagsValue>({ tags: note?.tags ?? [], draft: '' });
  const [color, setColor] = useState<NoteColor>(note?.color ?? DEFAULT_NOTE_COLOR);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);
  const save = (event?: Event) => {
    event?.preventDefault();
    if (!busy && !noteTooLong(text)) onSave({ note: text, tags: tagsOf(tags), color });
  };
  return (
    <form class="form" onSubmit={save}>
      <label class="field">
        <span>{t('noteText')}</span>
        <textarea
          ref={area}
          rows={3}
          data-testid="govmark-note-text"
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save(event);
          }}
        />
      </label>
      <NoteLength length={text.length} />
      <TagsField
        value={tags}
        onChange={setTags}
        known={knownTags}
        label={t('noteTagsHelp')}
        testId="govmark-note-tags"
      />
      <ColorChoice value={color} onChange={setColor} testId="govmark-note-color" />
      <div class="actions">
        <button type="submit" class="primary" data-testid="govmark-note-save" disabled={busy || noteTooLong(text)}>
          {t('noteSave')}
        </button>
        <button type="button" data-testid="govmark-note-cancel" onClick={onClose}>
          {t('noteCancel')}
        </button>
      </div>
    </form>
  );
}
