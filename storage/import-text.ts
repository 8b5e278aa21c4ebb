import { t } from '../utils/i18n';
import { IMPORT_LIMITS } from './web-annotation-schema';

export type ImportText = { ok: true; text: string } | { ok: false; error: string };

// A byte-order mark names the encoding; without one, an export is UTF-8 (what GovMark writes).
const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/**
 * The most bytes a file within IMPORT_LIMITS.chars can take: UTF-8 spends at most three bytes on a UTF-16
 * unit (a four-byte character is two units), UTF-16 two; and a byte-order mark.
 */
export const IMPORT_MAX_BYTES = 3 * IMPORT_LIMITS.chars + 3;

/** Why a file of this many bytes cannot be imported, known before it is read; undefined when it may be. */
export function importSizeError(bytes: number): string | undefined {
  if (bytes === 0) return t('importEmptyFile');
  if (bytes > IMPORT_MAX_BYTES) return t('importTooLarge');
  return undefined;
}

/**
 * A chosen file's text, or why it has none to import: empty, too large, or not UTF-8 (a file saved again as
 * GBK by an editor would otherwise be read as replacement characters, and its notes stored as garbage).
 */
export function importText(bytes: Uint8Array): ImportText {
  const refused = importSizeError(bytes.length);
  if (refused !== undefined) return { ok: false, error: refused };
  const [, encoding] = BOMS.find(([bom]) => bom.every((b, i) => bytes[i] === b)) ?? [[], 'utf-8'];
  try {
    // The decoder drops the mark itself.
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch (error) {
    // A text longer than the engine's longest string is a RangeError; bytes that are not the encoding, a TypeError.
    return { ok: false, error: t(error instanceof RangeError ? 'importTooLarge' : 'importNotUtf8') };
  }
}
