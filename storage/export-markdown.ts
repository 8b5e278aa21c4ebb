import { t } from '../utils/i18n';
import { localIsoTime } from '../utils/local-time';
import type { Translate } from '../utils/present-target';
import { reportName } from '../utils/report-name';
import type { Annotation } from './types';

// Everything a Markdown or Obsidian renderer could read as markup (`%%` is an Obsidian comment and `==` a
// highlight; a lone `%` or `=` is common in reports and harmless); `<`, `>` and `&` become entities instead.
// A bare address becomes a link in GitHub and Obsidian (GFM's autolinks: `https://…`, `www.…`, `name@host`):
// an escaped `:`, `.` or `@` reads the same and breaks the match.
const INLINE_MARKUP = /[\\`*_[\]{}#|~$^!@]|%(?=%)|(?<=%)%|=(?==)|(?<==)=|:(?=\/\/)|(?<=www)\./gi;
const HTML = /[&<>]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', ' ': '&#32;', '\t': '&#9;' };

/**
 * One line of user text, inert: no HTML, no links, no emphasis, no list, heading or quote at its start, and
 * no code block: four spaces or a tab at a line's start would show the line raw, escapes and all. A leading
 * space or tab is written as its character reference, which reads as the same character but indents nothing.
 */
function escapeLine(line: string): string {
  return line
    .replace(INLINE_MARKUP, '\\$&')
    .replace(HTML, (c) => ENTITY[c] as string)
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2')
    .replace(/^[ \t]+/, (indent) => indent.replace(/[ \t]/g, (c) => ENTITY[c] as string));
}

const lines = (text: string) => text.split(/\r\n|\r|\n/);
/**
 * Escaped lines joined so each break stays a break: CommonMark reads a lone line break as a space, so a line
 * followed by another ends in `\` (a hard break, in CommonMark, GitHub and Obsidian alike); a blank line
 * stays a paragraph break.
 */
const joinBroken = (escaped: string[], blank = (line: string): boolean => line === '') =>
  escaped
    .map((line, i) => (i + 1 < escaped.length && !blank(line) && !blank(escaped[i + 1] as string) ? `${line}\\` : line))
    .join('\n');
/** Several lines of user text as one paragraph that keeps its line breaks. */
const escapeBlock = (text: string) => joinBroken(lines(text).map(escapeLine));
const escapeInline = (text: string) => escapeLine(text.replace(/\s+/g, ' ').trim());

function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** A link destination with nothing that could end it early or break out of it. */
const linkDestination = (url: string) =>
  url.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters must not reach a link
    /[\s()<>\\`"'\u0000-\u001f\u007f]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );

/** Obsidian tags allow letters, digits, `_`, `-` and `/`: spaces become `-`, anything else is dropped. */
function obsidianTag(tag: string): string {
  return tag
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}\p{M}_\-/]/gu, '');
}

function pageHeading(a: Annotation, tr: Translate): string {
  const title = escapeInline(a.title) || escapeInline(a.url) || tr('markdownNoTitle');
  // Only web pages get a link; anything else is shown as inert code, never as a clickable `javascript:` URL.
  return isHttpUrl(a.url)
    ? `### [${title}](${linkDestination(a.url)})`
    : `### ${title}\n\n\`${linkDestination(a.url)}\``;
}

// Times in the reader's own clock, with its offset, so they read as they were lived and still sort.
function annotationBlock(a: Annotation, iso: (ms: number) => string, tr: Translate): string {
  const parts: string[] = [];
  if (a.quote)
    parts.push(
      joinBroken(
        lines(a.quote.exact).map((line) => (line ? `> ${escapeLine(line)}` : '>')),
        (line) => line === '>',
      ),
    );
  if (a.note.trim() !== '') parts.push(escapeBlock(a.note));
  const tags = a.tags.map(obsidianTag).filter((tag) => tag !== '');
  if (tags.length > 0) parts.push(tags.map((tag) => `#${tag}`).join(' '));
  const created = tr('markdownCreated', iso(a.created));
  parts.push(`*${a.updated === a.created ? created : `${created} · ${tr('markdownUpdated', iso(a.updated))}`}*`);
  return parts.join('\n\n');
}

const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** Page-level notes first, then quoted notes in reading order; ties by creation time and id. */
function readingOrder(x: Annotation, y: Annotation): number {
  const rank = (a: Annotation) => (!a.quote && !a.position ? 0 : a.position ? 1 : 2);
  return (
    rank(x) - rank(y) ||
    (x.position?.start ?? 0) - (y.position?.start ?? 0) ||
    x.created - y.created ||
    compare(x.id, y.id)
  );
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item)) ?? [];
    list.push(item);
    groups.set(key(item), list);
  }
  return [...groups].sort(([x], [y]) => compare(x, y));
}

/**
 * A Markdown document for Obsidian: reports (by report key) then pages (by URL) in sorted order, each
 * page's notes in reading order. User text is escaped so it shows as written and never becomes markup.
 * The document's own words follow the UI language (`tr`); the report's words and the reader's stay as written.
 */
export function annotationsToMarkdown(
  annotations: readonly Annotation[],
  {
    exportedAt,
    offsetMinutes,
    tr = t,
  }: {
    exportedAt: Date;
    /** The reader's UTC offset; a seam for tests. */
    offsetMinutes?: number;
    /** The UI's words; a seam for tests of each language. */
    tr?: Translate;
  },
): string {
  const iso = (ms: number) => localIsoTime(ms, offsetMinutes ?? -new Date(ms).getTimezoneOffset());
  const count = annotations.length;
  const exported = tr(`markdownExported${count === 1 ? 'One' : 'Many'}`, [iso(exportedAt.getTime()), String(count)]);
  const out = [`# ${tr('markdownTitle')}`, `*${exported}*`];
  for (const [reportKey, inReport] of groupBy(annotations, (a) => a.reportKey)) {
    const name = reportName(
      reportKey,
      inReport.map((a) => a.title),
      tr('reportUntitled'),
    );
    out.push(`## ${escapeInline(name) || tr('markdownNoReport')}`);
    for (const [, onPage] of groupBy(inReport, (a) => a.url)) {
      const sorted = [...onPage].sort(readingOrder);
      out.push(pageHeading(sorted[0] as Annotation, tr));
      out.push(sorted.map((a) => annotationBlock(a, iso, tr)).join('\n\n---\n\n'));
    }
  }
  return `${out.join('\n\n')}\n`;
}
