import MiniSearch from 'minisearch';
import type { Annotation } from './types';

// Han characters (astral extensions too) are words of one character; anything else splits on non-letters.
const SEGMENT = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+/gu;
const HAN = /^\p{Script=Han}/u;

/**
 * Index terms: each Han run as its character pairs plus its last character (Chinese has no spaces); other
 * runs as words. A one-character query then finds every place by prefix: each character starts a pair or ends a run.
 */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const [segment] of text.toLowerCase().matchAll(SEGMENT)) {
    if (!HAN.test(segment)) {
      terms.push(segment);
      continue;
    }
    const chars = Array.from(segment);
    for (let i = 0; i + 1 < chars.length; i++) terms.push(`${chars[i]}${chars[i + 1]}`);
    terms.push(chars[chars.length - 1] as string);
  }
  return terms;
}

/** Query terms: a Han run of one character stays one, longer runs become their pairs; other runs are words. */
export function queryTerms(text: string): string[] {
  const terms: string[] = [];
  for (const [segment] of text.toLowerCase().matchAll(SEGMENT)) {
    const chars = Array.from(segment);
    if (!HAN.test(segment) || chars.length === 1) terms.push(segment);
    else for (let i = 0; i + 1 < chars.length; i++) terms.push(`${chars[i]}${chars[i + 1]}`);
  }
  return terms;
}

interface Doc {
  id: string;
  note: string;
  quote: string;
  tags: string;
  title: string;
}

const toDoc = (a: Annotation): Doc => ({
  id: a.id,
  note: a.note,
  quote: a.quote?.exact ?? '',
  tags: a.tags.join('\n'),
  title: a.title,
});

/** What a match must contain literally: the query's whitespace-separated pieces, lower-cased. */
const haystack = (doc: Doc) => `${doc.note}\n${doc.quote}\n${doc.tags}\n${doc.title}`.toLowerCase();

/** Full-text search over the library's annotations: note, quote, tags and title. */
export interface SearchIndex {
  /** The ids of annotations containing every piece of the query; null for a blank query (no filter). */
  search(query: string): Set<string> | null;
  /** Adds or replaces one annotation. */
  put(annotation: Annotation): void;
  /** Adds many, yielding to the event loop between chunks so a page stays responsive while 10,000 are indexed. */
  putAll(annotations: readonly Annotation[], options?: { chunk?: number; signal?: AbortSignal }): Promise<void>;
  remove(id: string): void;
  readonly size: number;
}

/**
 * MiniSearch narrows the candidates through character pairs (so Chinese substrings are found), then each
 * candidate is checked to contain every query piece as written, so results are substrings, never near misses.
 */
export function createSearchIndex(annotations: readonly Annotation[] = []): SearchIndex {
  const mini = new MiniSearch<Doc>({
    fields: ['note', 'quote', 'tags', 'title'],
    tokenize: indexTerms,
    processTerm: (term) => term,
    searchOptions: {
      tokenize: queryTerms,
      combineWith: 'AND',
      // Latin words match by prefix ("gd" finds "GDP"), and so does a lone Han character (see indexTerms).
      prefix: (term) => !HAN.test(term) || Array.from(term).length === 1,
    },
  });
  const texts = new Map<string, string>();

  const api: SearchIndex = {
    search(query) {
      const pieces = query.toLowerCase().split(/\s+/).filter(Boolean);
      if (pieces.length === 0) return null;
      const ids = new Set<string>();
      // A query of punctuation only has no terms: check every annotation literally.
      const candidates = queryTerms(query).length > 0 ? mini.search(query).map((r) => r.id as string) : texts.keys();
      for (const id of candidates) {
        const text = texts.get(id);
        if (text !== undefined && pieces.every((piece) => text.includes(piece))) ids.add(id);
      }
      return ids;
    },
    put(annotation) {
      const doc = toDoc(annotation);
      if (mini.has(doc.id)) mini.replace(doc);
      else mini.add(doc);
      texts.set(doc.id, haystack(doc));
    },
    async putAll(annotations, { chunk = 500, signal } = {}) {
      for (let i = 0; i < annotations.length; i += chunk) {
        if (signal?.aborted) return;
        for (const annotation of annotations.slice(i, i + chunk)) api.put(annotation);
        if (i + chunk < annotations.length) await new Promise((resolve) => setTimeout(resolve, 0));
      }
    },
    remove(id) {
      if (mini.has(id)) mini.discard(id);
      texts.delete(id);
    },
    get size() {
      return texts.size;
    },
  };
  for (const annotation of annotations) api.put(annotation);
  return api;
}
