import { useId, useState } from 'preact/hooks';
import type { TagCount } from '../storage/tags';
import { t } from '../utils/i18n';
import { addTags, splitTagDraft, suggestTags } from './tag-input';

/** The chosen tags and what is still being typed. */
export interface TagsValue {
  tags: string[];
  draft: string;
}

export interface TagsFieldProps {
  value: TagsValue;
  onChange: (value: TagsValue) => void;
  /** Tags already in use, for autocomplete. */
  known: readonly TagCount[];
  label: string;
  testId?: string;
}

/** Every tag in a field's value, the unfinished draft included (what a save stores). */
export function tagsOf(value: TagsValue): string[] {
  return addTags(value.tags, splitTagDraft(`${value.draft},`).done);
}

/**
 * A tags input: `,` `，` `、` or Enter finish a tag, Backspace on an empty draft takes the last one back,
 * and existing tags are offered as the reader types (arrow keys and Enter, or a click).
 */
export default function TagsField({ value, onChange, known, label, testId }: TagsFieldProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  // With nothing typed, the list opens only when asked (arrow down): it must not cover the card's buttons.
  const [browsing, setBrowsing] = useState(false);
  const [active, setActive] = useState(-1);
  const suggestions =
    open && (browsing || value.draft.trim() !== '') ? suggestTags(known, value.draft, value.tags) : [];

  const set = (next: TagsValue) => {
    setActive(-1);
    setBrowsing(false);
    onChange(next);
  };
  const choose = (tag: string) => set({ tags: addTags(value.tags, [tag]), draft: '' });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && suggestions.length === 0) {
      event.preventDefault();
      setOpen(true);
      setBrowsing(true);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (suggestions.length === 0) return;
      event.preventDefault();
      const last = suggestions.length - 1;
      if (event.key === 'ArrowDown') setActive(active >= last ? 0 : active + 1);
      else setActive(active <= 0 ? last : active - 1);
    } else if (event.key === 'Enter' && !event.isComposing) {
      const picked = suggestions[active];
      if (picked !== undefined) {
        event.preventDefault();
        choose(picked);
      } else if (value.draft.trim() !== '') {
        event.preventDefault();
        set({ tags: tagsOf(value), draft: '' });
      }
    } else if (event.key === 'Escape' && suggestions.length > 0) {
      // Closes the list only, not the editor around it.
      event.stopPropagation();
      setOpen(false);
      setBrowsing(false);
    } else if (event.key === 'Backspace' && value.draft === '' && value.tags.length > 0) {
      set({ tags: value.tags.slice(0, -1), draft: '' });
    }
  };

  const listId = `${id}-list`;
  return (
    <div class="gm-tags">
      <label for={id}>{label}</label>
      <div class="gm-tags-box">
        {value.tags.length > 0 ? (
          <ul class="gm-chips">
            {value.tags.map((tag) => (
              <li key={tag} class="gm-chip">
                <span>{tag}</span>
                <button
                  type="button"
                  aria-label={t('noteRemoveTag', tag)}
                  onClick={() => set({ tags: value.tags.filter((x) => x !== tag), draft: value.draft })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <input
          id={id}
          type="text"
          data-testid={testId}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={suggestions.length > 0}
          aria-controls={listId}
          aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
          autocomplete="off"
          value={value.draft}
          onFocus={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            setBrowsing(false);
          }}
          onInput={(event) => {
            const { done, rest } = splitTagDraft(event.currentTarget.value);
            setOpen(true);
            set({ tags: addTags(value.tags, done), draft: rest });
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <div
        id={listId}
        role="listbox"
        class="gm-suggestions"
        aria-label={label}
        hidden={suggestions.length === 0}
        data-testid={testId ? `${testId}-suggestions` : undefined}
      >
        {suggestions.map((tag, i) => (
          <div
            key={tag}
            id={`${listId}-${i}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            // mousedown, not click: the input keeps its focus and the list stays until the choice is made.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(tag);
            }}
          >
            {tag}
          </div>
        ))}
      </div>
    </div>
  );
}
