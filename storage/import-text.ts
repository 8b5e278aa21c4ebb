import { t } from '../utils/i18n';

export type ImportText = { ok: true; text: string } | { ok: false; error: string };

// A byte-order mark names the encoding; without one, an export is UTF-8 (what GovMark writes).
const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/**
 * A chosen file's text, or why it has none to import: empty, or not UTF-8 (a file saved again as GBK by an
 * editor would otherwise be read as replacement characters, and its notes stored as garbage).
 */
export function importText(bytes: Uint8Array): ImportText {
  if (bytes.length === 0) return { ok: false, error: t('importEmptyFile') };
  const [, encoding] = BOMS.find(([bom]) => bom.every((b, i) => bytes[i] === b)) ?? [[], 'utf-8'];
  try {
    // The decoder drops the mark itself.
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: t('importNotUtf8') };
  }
}
