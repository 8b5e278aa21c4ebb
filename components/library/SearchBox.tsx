import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';

export interface SearchBoxProps {
  onSearch(query: string): void;
  /** Milliseconds of quiet after typing before the search runs. */
  delay?: number;
  /** Shown under the box, e.g. that the index is still being built. */
  hint?: string;
}

/** The library's search field; typing is debounced so 10,000 annotations are searched once per pause. */
export default function SearchBox({ onSearch, delay = 200, hint }: SearchBoxProps) {
  const [text, setText] = useState('');
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => onSearch(text), delay);
    return () => clearTimeout(timer);
  }, [text, delay, onSearch]);

  return (
    <search class="gm-search">
      <label for="gm-search-input">{t('librarySearch')}</label>
      <input
        id="gm-search-input"
        type="search"
        data-testid="govmark-search"
        value={text}
        placeholder={t('librarySearchPlaceholder')}
        autoComplete="off"
        onInput={(event) => setText(event.currentTarget.value)}
        aria-describedby={hint ? 'gm-search-hint' : undefined}
      />
      {hint && (
        <span id="gm-search-hint" class="gm-help">
          {hint}
        </span>
      )}
    </search>
  );
}
