import type { GovMarkDB } from './db';

/** A tag and how many annotations carry it. */
export interface TagCount {
  tag: string;
  count: number;
}

/** What separates tags where the reader types them: `,` `，` `、` and line breaks. */
const TAG_SEPARATORS = /[,，、\r\n]+/;

/**
 * Tags as stored, whichever way they came (the tag field, a message, an import): split where the tag field
 * would split them, since the next edit would (the field shows them joined with `、`); half a character
 * (a lone surrogate) replaced by U+FFFD; trimmed; empty ones dropped; duplicates removed keeping the first.
 */
export function normalizeTags(tags: readonly string[]): string[] {
  const split = tags.flatMap((tag) => tag.toWellFormed().split(TAG_SEPARATORS));
  return [...new Set(split.map((tag) => tag.trim()).filter((tag) => tag !== ''))];
}

/** Splits what the reader typed into tags: `,` `，` `、` and line breaks separate them. */
export function parseTags(text: string): string[] {
  return normalizeTags([text]);
}

/** Every tag in use with its count, most used first, then by name. Reads only the multi-entry index. */
export async function allTags(db: GovMarkDB): Promise<TagCount[]> {
  const keys = (await db.annotations.orderBy('tags').keys()) as string[];
  const counts = new Map<string, number>();
  for (const tag of keys) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}
