import { normalizeUrl } from '../../utils/normalize-url';

export type AnnotationExportKind = 'csv' | 'md' | 'json';

/** What the popup's "export this page" asks for: `library.html?export=json&url=<page url>`. */
export interface ExportRequest {
  kind: AnnotationExportKind;
  url: string;
}

const KINDS: readonly string[] = ['csv', 'md', 'json'];

/** Reads the request from the page's query string; null when there is none or it is malformed. */
export function parseExportRequest(search: string): ExportRequest | null {
  const params = new URLSearchParams(search);
  const kind = params.get('export') ?? '';
  const url = params.get('url') ?? '';
  if (!KINDS.includes(kind) || !/^https?:\/\//i.test(url)) return null;
  return { kind: kind as AnnotationExportKind, url: normalizeUrl(url) };
}
