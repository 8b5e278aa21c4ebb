import { t } from '../utils/i18n';

/** A note's tags as a list (nothing when it has none): the same in the popup, the library and the note frame. */
export function NoteTags({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul class="gm-note-tags" aria-label={t('noteTags')}>
      {tags.map((tag) => (
        <li key={tag}>{tag}</li>
      ))}
    </ul>
  );
}
