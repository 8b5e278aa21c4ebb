import { useState } from 'preact/hooks';
import type { TagCount } from '../storage/tags';
import { t } from '../utils/i18n';
import TagsField, { type TagsValue, tagsOf } from './TagsField';

export interface PageNoteFormProps {
  knownTags: readonly TagCount[];
  disabled?: boolean;
  onAdd: (note: string, tags: string[]) => void;
}

const EMPTY: TagsValue = { tags: [], draft: '' };

/** A note about the whole page (no quote), with tags. */
export default function PageNoteForm({ knownTags, disabled, onAdd }: PageNoteFormProps) {
  const [text, setText] = useState('');
  const [tags, setTags] = useState<TagsValue>(EMPTY);
  const all = tagsOf(tags);
  return (
    <form
      class="gm-page-note"
      data-testid="govmark-popup-page-note"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() === '' && all.length === 0) return;
        onAdd(text, all);
        setText('');
        setTags(EMPTY);
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
      <TagsField
        value={tags}
        onChange={setTags}
        known={knownTags}
        label={t('noteTagsHelp')}
        testId="govmark-popup-page-note-tags"
      />
      <button type="submit" data-testid="govmark-popup-page-note-add" disabled={disabled}>
        {t('notesAddPageNote')}
      </button>
    </form>
  );
}
