import { useState } from 'preact/hooks';
import type { TagCount } from '../storage/tags';
import { t } from '../utils/i18n';
import NoteLength, { noteTooLong } from './NoteLength';
import TagsField, { type TagsValue, tagsOf } from './TagsField';

export interface PageNoteFormProps {
  knownTags: readonly TagCount[];
  disabled?: boolean;
  /**
   * Saves the note under `id` (made here, kept until a save succeeds, so a retry after an unknown outcome
   * cannot store it twice); resolves true once stored. The typed text is cleared only then.
   */
  onAdd: (note: string, tags: string[], id: string) => boolean | Promise<boolean>;
}

const EMPTY: TagsValue = { tags: [], draft: '' };

/** A note about the whole page (no quote), with tags. */
export default function PageNoteForm({ knownTags, disabled, onAdd }: PageNoteFormProps) {
  const [text, setText] = useState('');
  const [tags, setTags] = useState<TagsValue>(EMPTY);
  const [id, setId] = useState(() => crypto.randomUUID());
  const [saving, setSaving] = useState(false);
  const all = tagsOf(tags);
  return (
    <form
      class="gm-page-note"
      data-testid="govmark-popup-page-note"
      onSubmit={async (event) => {
        event.preventDefault();
        if (saving || noteTooLong(text) || (text.trim() === '' && all.length === 0)) return;
        setSaving(true);
        const stored = await Promise.resolve(onAdd(text, all, id)).catch(() => false);
        setSaving(false);
        if (!stored) return;
        setText('');
        setTags(EMPTY);
        setId(crypto.randomUUID());
      }}
    >
      <label class="gm-field">
        <span>{t('notesPageNote')}</span>
        <textarea
          rows={2}
          data-testid="govmark-popup-page-note-text"
          value={text}
          disabled={disabled}
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </label>
      <NoteLength length={text.length} />
      <TagsField
        value={tags}
        onChange={setTags}
        known={knownTags}
        label={t('noteTagsHelp')}
        testId="govmark-popup-page-note-tags"
      />
      <button
        type="submit"
        data-testid="govmark-popup-page-note-add"
        disabled={disabled || saving || noteTooLong(text)}
      >
        {t('notesAddPageNote')}
      </button>
    </form>
  );
}
