import * as v from 'valibot';
import { t } from '../utils/i18n';
import { normalizeUrl } from '../utils/normalize-url';
import { say, tooLong } from './say';
import { LIMITS } from './schemas';
import { normalizeTags } from './tags';
import type { Annotation } from './types';
import { DEFAULT_NOTE_COLOR, NOTE_COLORS } from './types';

/** The database's own bounds (storage/schemas.ts), so whatever an import accepts the database accepts too. */
export const IMPORT_LIMITS = {
  chars: 50 * 1024 * 1024,
  records: 100_000,
  url: LIMITS.url,
  title: LIMITS.title,
  note: LIMITS.note,
  tags: LIMITS.tags,
  tag: LIMITS.tag,
  exact: LIMITS.exact,
  context: LIMITS.context,
} as const;

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;

/** ISO 8601 date and time with a zone, a real calendar day, not before 1970 (stored times are epoch ms ≥ 0). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && Date.parse(value) >= 0;
}

export function isHttpUrl(value: string): boolean {
  if (value.trim() !== value) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

const text = (max: number, what: string) => v.pipe(v.string(), v.maxLength(max, tooLong(what, max)));
const Offset = v.pipe(v.number(), v.safeInteger(say('fieldNonNegative')), v.minValue(0, say('fieldNonNegative')));
const IsoDate = v.pipe(v.string(), v.maxLength(64, say('fieldDateTooLong')), v.check(isIsoDate, say('fieldBadDate')));
/**
 * How far past this computer's clock a note's date may be: another computer's clock or zone may be off by
 * hours. Anything later would beat every real edit made before that date, on every later import.
 */
export const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;
/** The page as GovMark stores it (no fragment, no tracking parameters), so the same file imported twice matches itself. */
const HttpUrl = v.pipe(
  text(IMPORT_LIMITS.url, 'fieldUrl'),
  v.check(isHttpUrl, say('fieldHttpOnly')),
  v.transform(normalizeUrl),
  // Percent-encoding can lengthen an address.
  v.maxLength(IMPORT_LIMITS.url, tooLong('fieldUrl', IMPORT_LIMITS.url)),
);
/** Our export's IRI for an id that is not a lower-case UUID (another tool's, an old profile's): kept exactly. */
export const GOVMARK_ID_PREFIX = 'urn:govmark:id:';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decodeId(raw: string): string {
  if (raw.startsWith(GOVMARK_ID_PREFIX)) {
    try {
      return decodeURIComponent(raw.slice(GOVMARK_ID_PREFIX.length));
    } catch {
      return '';
    }
  }
  const bare = raw.replace(/^urn:uuid:/i, '');
  // UUIDs from other tools merge with ours whatever their case; any other id is kept as it is.
  return UUID.test(bare) ? bare.toLowerCase() : raw;
}

const Id = v.pipe(
  v.string(),
  v.maxLength(4 * LIMITS.id, say('fieldIdTooLong')),
  v.transform(decodeId),
  v.minLength(1, say('fieldIdEmpty')),
  v.maxLength(LIMITS.id, say('fieldIdTooLong')),
  // Half of a character could not be written back into an export's id (encodeURIComponent).
  v.check((id) => id.isWellFormed(), say('fieldIdLoneSurrogate')),
);
/** A one-off value or a list: W3C allows both for `body`, `target` and `selector`. */
const asList = v.transform((x: unknown) => (x === undefined ? [] : Array.isArray(x) ? x : [x]));

const Body = v.pipe(
  v.unknown(),
  // A body given as a bare IRI points elsewhere: it carries no text to import.
  v.transform((x) => (typeof x === 'string' ? null : x)),
  v.nullable(
    v.pipe(
      v.looseObject({
        type: v.optional(v.string()),
        value: v.optional(v.string()),
        purpose: v.optional(v.string()),
        format: v.optional(v.string()),
      }),
      v.forward(
        v.partialCheck(
          [['type'], ['value']],
          (b) => b.type !== 'TextualBody' || typeof b.value === 'string',
          say('fieldNoBodyValue'),
        ),
        ['value'],
      ),
      // A tagging body is read as the tag field reads what the reader types (normalizeTags): `a，b` is two tags.
      v.forward(
        v.partialCheck(
          [['purpose'], ['value']],
          (b) => b.purpose !== 'tagging' || normalizeTags([b.value ?? '']).length > 0,
          say('fieldTagEmpty'),
        ),
        ['value'],
      ),
      v.forward(
        v.partialCheck(
          [['purpose'], ['value']],
          (b) =>
            b.purpose !== 'tagging' || normalizeTags([b.value ?? '']).every((tag) => tag.length <= IMPORT_LIMITS.tag),
          tooLong('fieldTag', IMPORT_LIMITS.tag),
        ),
        ['value'],
      ),
    ),
  ),
);
type BodyItem = v.InferOutput<typeof Body>;

const isText = (b: BodyItem): b is NonNullable<BodyItem> & { value: string } =>
  b !== null && (b.type ?? 'TextualBody') === 'TextualBody' && typeof b.value === 'string';
/** The tags and the note as GovMark stores any (storage/schemas.ts): half a character is U+FFFD, repeated tags once. */
const tagsOf = (body: BodyItem[]) =>
  normalizeTags(
    body
      .filter(isText)
      .filter((b) => b.purpose === 'tagging')
      .map((b) => b.value),
  );
const noteOf = (body: BodyItem[]) =>
  body
    .filter(isText)
    .filter((b) => b.purpose !== 'tagging')
    .map((b) => b.value)
    .join('\n\n')
    .toWellFormed();

const QuoteSelector = v.looseObject({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(text(IMPORT_LIMITS.exact, 'fieldQuote'), v.minLength(1, say('fieldQuoteEmpty'))),
  prefix: v.optional(text(IMPORT_LIMITS.context, 'fieldPrefix'), ''),
  suffix: v.optional(text(IMPORT_LIMITS.context, 'fieldSuffix'), ''),
});
const Span = v.pipe(
  v.looseObject({ start: Offset, end: Offset }),
  v.forward(
    v.partialCheck([['start'], ['end']], (s) => s.start <= s.end, say('fieldEndBeforeStart')),
    ['end'],
  ),
);
const PositionSelector = v.pipe(
  v.looseObject({ type: v.literal('TextPositionSelector'), start: Offset, end: Offset }),
  v.forward(
    v.partialCheck([['start'], ['end']], (s) => s.start <= s.end, say('fieldEndBeforeStart')),
    ['end'],
  ),
);
// Other selector kinds (CSS, XPath, ranges) say nothing GovMark can use: accepted and left out.
const OtherSelector = v.looseObject({
  type: v.pipe(
    v.string(),
    v.check((t) => t !== 'TextQuoteSelector' && t !== 'TextPositionSelector'),
  ),
});
const Selector = v.variant('type', [QuoteSelector, PositionSelector, OtherSelector]);

const Target = v.pipe(
  v.unknown(),
  v.transform((x) => (Array.isArray(x) && x.length === 1 ? x[0] : x)),
  v.check((x) => !Array.isArray(x), say('fieldOneTarget')),
  v.transform((x) => (typeof x === 'string' ? { source: x } : x)),
  v.looseObject(
    { source: HttpUrl, selector: v.optional(v.pipe(v.unknown(), asList, v.array(Selector)), []) },
    say('fieldTargetShape'),
  ),
);

const Govmark = v.object({
  title: text(IMPORT_LIMITS.title, 'fieldTitle'),
  reportKey: v.pipe(text(IMPORT_LIMITS.url, 'fieldReportKey'), v.minLength(1, say('fieldReportKeyEmpty'))),
  color: v.picklist(NOTE_COLORS, () => t('fieldColor', NOTE_COLORS.join(t('listSeparator')))),
  utf16: v.optional(Span),
});

/** The time of a note whose file gives none: older than every copy here; planImport dates it when it adds it. */
export const UNDATED = -1;

const isContext = (c: unknown) => /^https?:\/\/www\.w3\.org\/ns\/anno\.jsonld$/.test(String(c));

/** One W3C annotation, ours or another tool's, validated and turned into an Annotation record; `now` is the seam for tests. */
export function webAnnotationSchema(now = Date.now()) {
  const Dated = v.pipe(
    IsoDate,
    v.check((date) => Date.parse(date) <= now + FUTURE_SLACK_MS, say('fieldFutureDate')),
  );
  return v.pipe(
    v.looseObject({
      '@context': v.custom<unknown>((c) => (Array.isArray(c) ? c.some(isContext) : isContext(c)), say('fieldContext')),
      id: Id,
      type: v.literal('Annotation', say('fieldType')),
      created: v.optional(Dated),
      modified: v.optional(Dated),
      body: v.optional(v.pipe(v.unknown(), asList, v.array(Body)), []),
      target: Target,
      govmark: v.optional(Govmark),
    }),
    v.forward(
      v.partialCheck(
        [['body']],
        (a) => tagsOf(a.body).length <= IMPORT_LIMITS.tags,
        say('fieldTooManyTags', IMPORT_LIMITS.tags),
      ),
      ['body'],
    ),
    v.forward(
      v.partialCheck(
        [['body']],
        (a) => noteOf(a.body).length <= IMPORT_LIMITS.note,
        tooLong('fieldNote', IMPORT_LIMITS.note),
      ),
      ['body'],
    ),
    v.forward(
      v.check((a) => {
        const utf16 = a.govmark?.utf16;
        if (!utf16) return true;
        const cp = a.target.selector.find((s) => s.type === 'TextPositionSelector') as { start: number; end: number };
        // A code point is one or two UTF-16 units, so the UTF-16 span is the code-point span stretched by at most 2.
        return (
          cp !== undefined &&
          cp.start <= utf16.start &&
          utf16.start <= 2 * cp.start &&
          cp.end - cp.start <= utf16.end - utf16.start &&
          utf16.end - utf16.start <= 2 * (cp.end - cp.start)
        );
      }, say('fieldUtf16')),
      ['govmark', 'utf16'],
    ),
    v.transform((a): Annotation => {
      const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector') as
        | v.InferOutput<typeof QuoteSelector>
        | undefined;
      const cp = a.target.selector.find((s) => s.type === 'TextPositionSelector') as
        | v.InferOutput<typeof PositionSelector>
        | undefined;
      // The W3C model makes both dates optional: another tool's note without them is dated when it is imported.
      const stamp = a.created ?? a.modified;
      const created = stamp === undefined ? UNDATED : Date.parse(stamp);
      const record: Annotation = {
        id: a.id,
        url: a.target.source,
        // Other tools' files: no title, the page is its own report, the first colour.
        title: a.govmark?.title ?? '',
        reportKey: a.govmark?.reportKey ?? a.target.source,
        note: noteOf(a.body),
        tags: tagsOf(a.body),
        color: a.govmark?.color ?? DEFAULT_NOTE_COLOR,
        created,
        updated: a.modified === undefined ? created : Date.parse(a.modified),
      };
      if (quote)
        record.quote = { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
      if (cp) {
        // Without our UTF-16 offsets, the code-point ones stand in; re-anchoring on the page corrects them.
        const utf16 = a.govmark?.utf16 ?? cp;
        record.position = {
          type: 'TextPositionSelector',
          start: utf16.start,
          end: utf16.end,
          codePointStart: cp.start,
          codePointEnd: cp.end,
        };
      }
      return record;
    }),
  );
}
