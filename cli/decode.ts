/** How a file's bytes became text, for messages and tests. */
export interface Decoded {
  text: string;
  encoding: string;
  /** bom, meta (an HTML charset declaration) or sniffed */
  by: 'bom' | 'meta' | 'sniffed';
}

export class DecodeError extends Error {}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/**
 * Bytes to text: a BOM first; then, for HTML, the page's own charset declaration; else valid UTF-8,
 * else GB18030 (a superset of GBK and GB2312, which Chinese government sites still serve).
 * The BOM is not part of the text.
 */
export function decode(bytes: Uint8Array, html: boolean): Decoded {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) {
      return { text: strictDecode(bytes.subarray(bom.length), encoding), encoding, by: 'bom' };
    }
  }
  // UTF-16 without a BOM is not supported: NUL bytes mean binary.
  if (bytes.includes(0)) throw new DecodeError('looks like a binary file (it contains NUL bytes)');
  const declared = html ? declaredCharset(bytes) : null;
  if (declared) {
    const text = tryDecode(bytes, declared);
    if (text !== null) return { text, encoding: declared, by: 'meta' };
    // Mislabelled pages exist (a GBK page saying utf-8): fall through to sniffing.
  }
  for (const encoding of ['utf-8', 'gb18030']) {
    const text = tryDecode(bytes, encoding);
    if (text !== null) return { text, encoding, by: 'sniffed' };
  }
  throw new DecodeError('cannot be decoded as UTF-8 or GB18030 (binary?)');
}

function strictDecode(bytes: Uint8Array, encoding: string): string {
  const text = tryDecode(bytes, encoding);
  if (text === null) throw new DecodeError(`is not valid ${encoding}`);
  return text;
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The `<meta charset>` or `http-equiv` charset in the page's first 4 KB, normalised by TextDecoder. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Charset labels are ASCII, so a byte-per-char view of the head is enough to find them.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const label = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta)?.[1];
    if (!label) continue;
    try {
      const encoding = new TextDecoder(label).encoding;
      // A page cannot declare itself UTF-16 in ASCII bytes; browsers read that as UTF-8 too.
      return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
    } catch {
      // an unknown label: look for another declaration, else sniff
    }
  }
  return null;
}
