import { normalizeTags } from '../storage/tags';

/** What separates tags as the reader types: `,` `，` `、` (Enter is handled by the field). */
const SEPARATOR = /[,，、\r\n]/;

/**
 * Splits a tags field's draft at its separators: the finished tags before the last separator, and the
 * unfinished rest still being typed. `就业，待核` → done ['就业'], rest '待核'.
 */
export function splitTagDraft(draft: string): { done: string[]; rest: string } {
  const parts = draft.split(SEPARATOR);
  const rest = parts.pop() ?? '';
  return { done: normalizeTags(parts), rest };
}

/** Adds tags to a list, keeping it free of blanks and duplicates. */
export function addTags(tags: readonly string[], more: readonly string[]): string[] {
  return normalizeTags([...tags, ...more]);
}

/**
 * Existing tags to offer for a draft, most used first: those starting with it, then those containing it,
 * never one already chosen. An empty draft offers the most used tags.
 */
export function suggestTags(
  known: readonly { tag: string; count: number }[],
  draft: string,
  chosen: readonly string[],
  limit = 8,
): string[] {
  const needle = draft.trim().toLowerCase();
  const free = known.filter(({ tag }) => !chosen.includes(tag) && tag.toLowerCase() !== needle);
  const starts = free.filter(({ tag }) => tag.toLowerCase().startsWith(needle));
  const contains =
    needle === ''
      ? []
      : free.filter(({ tag }) => !tag.toLowerCase().startsWith(needle) && tag.toLowerCase().includes(needle));
  return [...starts, ...contains].slice(0, limit).map(({ tag }) => tag);
}
