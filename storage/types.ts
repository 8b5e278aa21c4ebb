import type { PageInfo, Target } from '../analysis/types';

/** W3C Web Annotation TextQuoteSelector: the quoted words with about 32 characters of context. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector over the page's main text. UTF-16 offsets inside the extension. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/**
 * The stored position: UTF-16 offsets for the extension, and the same span in code points, which the
 * W3C model requires in exports. The two differ only where the text has characters outside the BMP,
 * and converting needs the page text, so the content script records both when it anchors a note.
 */
export interface StoredPosition extends TextPositionSelector {
  codePointStart: number;
  codePointEnd: number;
}

export const NOTE_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type NoteColor = (typeof NOTE_COLORS)[number];
/** A new note's colour: pink, which no target or agency highlight resembles (utils/palette.ts). */
/** The longest note the database keeps, in UTF-16 units (what `String.length` counts). */
export const NOTE_MAX_LENGTH = 20_000;

export const DEFAULT_NOTE_COLOR: NoteColor = 'pink';

/** One margin note or highlight. Page-level notes have no quote and no position. */
export interface Annotation {
  /** A UUID, so exports from several profiles merge. */
  id: string;
  /** Normalised page URL: no fragment, no tracking parameters. */
  url: string;
  title: string;
  /** Groups the pages of one report; see analysis/report-key.ts. */
  reportKey: string;
  quote?: TextQuoteSelector;
  position?: StoredPosition;
  /** Plain text, never HTML; may be empty for a bare highlight. */
  note: string;
  tags: string[];
  color: NoteColor;
  /** Milliseconds since the epoch. */
  created: number;
  updated: number;
}

/** What a caller supplies to create an annotation; the repository fills in the id, times and defaults. */
export interface AnnotationInput {
  /** A UUID the client made, so retrying an add whose outcome is unknown never stores it twice. */
  id?: string;
  url: string;
  title?: string;
  /** Defaults to the normalised URL. */
  reportKey?: string;
  quote?: TextQuoteSelector;
  position?: StoredPosition;
  note?: string;
  tags?: string[];
  /** Defaults to DEFAULT_NOTE_COLOR. */
  color?: NoteColor;
}

/** The fields an edit may change: the page, id and creation time stay. */
export type AnnotationPatch = Partial<
  Pick<Annotation, 'title' | 'reportKey' | 'quote' | 'position' | 'note' | 'tags' | 'color'>
>;

/** A target as the library's targets table shows it: the engine's finding plus its sentence. */
export interface TargetRow extends Target {
  sentence: string;
}

/** A page the engine called a report and the reader opened; only such pages are recorded. */
export interface PageRecord {
  url: string;
  title: string;
  reportKey: string;
  /** Milliseconds since the epoch. */
  seenAt: number;
  confidence: number;
  pageInfo?: PageInfo;
  targets: TargetRow[];
  agencyCount: number;
}
