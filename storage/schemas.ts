import * as v from 'valibot';
import { t } from '../utils/i18n';
import { say, tooLong } from './say';
import { normalizeTags } from './tags';
import type { Annotation, AnnotationInput, AnnotationPatch, PageRecord } from './types';
import { NOTE_COLORS, NOTE_MAX_LENGTH } from './types';

/**
 * Valibot schemas for everything that reaches the database from outside the background: message payloads
 * here, import files in storage/import*.ts. Objects strip unknown keys (`v.object`), so a sender cannot
 * smuggle fields into a record. Limits are generous for real use and small enough to refuse abuse.
 */
export const LIMITS = {
  url: 4096,
  id: 256,
  title: 1000,
  note: NOTE_MAX_LENGTH,
  tags: 50,
  tag: 64,
  exact: 10_000,
  context: 1000,
  targets: 5000,
  targetText: 1000,
  sentence: 5000,
  pageSize: 1000,
  importRecords: 100_000,
} as const;

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The last millisecond an export can write as a four-digit-year ISO date (9999-12-31T23:59:59.999Z). */
export const MAX_TIME = 253_402_300_799_999;

// Every reason a stored record can be refused for is in the reader's language: an import that the database
// refuses shows it (storage/import.ts), and so does the library when an edit is refused.
const Offset = v.pipe(v.number(), v.safeInteger(say('fieldNonNegative')), v.minValue(0, say('fieldNonNegative')));
const Timestamp = v.pipe(Offset, v.maxValue(MAX_TIME, say('fieldDateTooLate')));
const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** The limits the reader can hit, worded as the importer words them, so the library shows the same reason. */
const Limited = (max: number, what: string) => v.pipe(v.string(), v.maxLength(max, tooLong(what, max)));

export const UrlSchema = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(LIMITS.url, tooLong('fieldUrl', LIMITS.url)),
  v.check(isHttpUrl, say('fieldHttpOnly')),
);
// Lone surrogates cannot be written into an export's id (encodeURIComponent), so no write path stores them.
export const IdSchema = v.pipe(
  v.string(),
  v.nonEmpty(say('fieldIdEmpty')),
  v.maxLength(LIMITS.id, say('fieldIdTooLong')),
  v.check((id) => id.isWellFormed(), say('fieldIdLoneSurrogate')),
);
/** An id the client made for a new note, so a retry after an unknown outcome cannot store it twice. */
export const ClientIdSchema = v.pipe(v.string(), v.uuid(), v.toLowerCase());
export const ReportKeySchema = v.pipe(
  v.string(),
  v.nonEmpty(say('fieldReportKeyEmpty')),
  v.maxLength(LIMITS.url, tooLong('fieldReportKey', LIMITS.url)),
);
export const TagSchema = v.pipe(v.string(), v.trim(), v.maxLength(LIMITS.tag, tooLong('fieldTag', LIMITS.tag)));
export const TagsSchema = v.pipe(v.array(TagSchema), v.maxLength(LIMITS.tags, say('fieldTooManyTags', LIMITS.tags)));
/** Tags as stored: never empty (the exporter writes each one as a tagging body), and as normalizeTags leaves them. */
const StoredTagsSchema = v.pipe(
  v.array(v.pipe(TagSchema, v.nonEmpty(say('fieldTagEmpty')))),
  v.transform((tags: string[]) => normalizeTags(tags)),
  v.maxLength(LIMITS.tags, say('fieldTooManyTags', LIMITS.tags)),
);
export const ColorSchema = v.picklist(NOTE_COLORS, () => t('fieldColor', NOTE_COLORS.join(t('listSeparator'))));

export const TextQuoteSelectorSchema = v.object({
  type: v.optional(v.literal('TextQuoteSelector'), 'TextQuoteSelector'),
  exact: v.pipe(
    v.string(),
    v.nonEmpty(say('fieldQuoteEmpty')),
    v.maxLength(LIMITS.exact, tooLong('fieldQuote', LIMITS.exact)),
  ),
  prefix: v.optional(Limited(LIMITS.context, 'fieldPrefix'), ''),
  suffix: v.optional(Limited(LIMITS.context, 'fieldSuffix'), ''),
});

/** UTF-16 and code-point spans; a code-point offset never exceeds its UTF-16 offset. */
export const StoredPositionSchema = v.pipe(
  v.object({
    type: v.optional(v.literal('TextPositionSelector'), 'TextPositionSelector'),
    start: Offset,
    end: Offset,
    codePointStart: Offset,
    codePointEnd: Offset,
  }),
  v.forward(
    v.partialCheck([['start'], ['end']], ({ start, end }) => start <= end, say('fieldEndBeforeStart')),
    ['end'],
  ),
  v.forward(
    v.partialCheck(
      [['codePointStart'], ['codePointEnd']],
      ({ codePointStart, codePointEnd }) => codePointStart <= codePointEnd,
      say('fieldEndBeforeStart'),
    ),
    ['codePointEnd'],
  ),
  v.forward(
    v.partialCheck(
      [['start'], ['codePointStart']],
      ({ start, codePointStart }) => codePointStart <= start,
      say('fieldUtf16'),
    ),
    ['codePointStart'],
  ),
  // A code point is one or two UTF-16 units: the importer checks the same, so whatever is stored exports and imports.
  v.forward(
    v.partialCheck(
      [['start'], ['end'], ['codePointStart'], ['codePointEnd']],
      (p) => p.start <= 2 * p.codePointStart && p.end - p.start <= 2 * (p.codePointEnd - p.codePointStart),
      say('fieldUtf16'),
    ),
    ['start'],
  ),
  v.forward(
    v.partialCheck(
      [['start'], ['end'], ['codePointStart'], ['codePointEnd']],
      (p) => p.codePointEnd - p.codePointStart <= p.end - p.start,
      say('fieldUtf16'),
    ),
    ['end'],
  ),
);

/** An edit (`notes:update`): the page, id and times are not editable. */
export const AnnotationPatchSchema = v.object({
  title: v.optional(Limited(LIMITS.title, 'fieldTitle')),
  reportKey: v.optional(ReportKeySchema),
  quote: v.optional(TextQuoteSelectorSchema),
  position: v.optional(StoredPositionSchema),
  note: v.optional(Limited(LIMITS.note, 'fieldNote')),
  tags: v.optional(TagsSchema),
  color: v.optional(ColorSchema),
});

/** A new annotation from the page or the popup (`notes:add`): its page, and whatever an edit may set. */
export const AnnotationInputSchema = v.object({
  id: v.optional(ClientIdSchema),
  url: UrlSchema,
  ...AnnotationPatchSchema.entries,
});

/** A whole stored record (undo, import). Ids need not be UUIDs: other tools' ids are kept. */
export const AnnotationSchema = v.object({
  id: IdSchema,
  url: UrlSchema,
  title: Limited(LIMITS.title, 'fieldTitle'),
  reportKey: ReportKeySchema,
  quote: v.optional(TextQuoteSelectorSchema),
  position: v.optional(StoredPositionSchema),
  // Half a character (a lone surrogate, from a tool that cut text mid-emoji) is U+FFFD, as in the tags.
  note: v.pipe(
    Limited(LIMITS.note, 'fieldNote'),
    v.transform((note) => note.toWellFormed()),
  ),
  tags: StoredTagsSchema,
  color: ColorSchema,
  created: Timestamp,
  updated: Timestamp,
});

const ShortText = Text(64);

export const TargetRowSchema = v.object({
  start: Offset,
  end: Offset,
  text: Text(LIMITS.targetText),
  kind: v.picklist(['goal', 'past', 'other']),
  value: v.nullable(v.union([v.number(), v.tuple([v.number(), v.number()])])),
  unit: ShortText,
  bound: v.picklist(['=', '>', '>=', '<', '<=', '~', 'range']),
  agency: v.pipe(v.array(Text(200)), v.maxLength(50)),
  sentence: Text(LIMITS.sentence),
  /** What the target measures, where its report measures it more than once (analysis/indicator.ts). */
  indicator: v.optional(Text(200)),
  /** A several-year figure by its section or paragraph (analysis/several-years.ts). */
  severalYears: v.optional(v.boolean()),
});

/** A report page the reader opened (`pages:recordReport`). */
export const PageRecordSchema = v.object({
  url: UrlSchema,
  title: Text(LIMITS.title),
  reportKey: ReportKeySchema,
  seenAt: Timestamp,
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  pageInfo: v.optional(
    v.object({
      page: v.optional(ShortText),
      continuedFrom: v.optional(ShortText),
      continuesOn: v.optional(ShortText),
    }),
  ),
  targets: v.pipe(v.array(TargetRowSchema), v.maxLength(LIMITS.targets)),
  agencyCount: Offset,
});

export const UrlPayloadSchema = v.object({ url: UrlSchema });
export const ReportKeyPayloadSchema = v.object({ reportKey: ReportKeySchema });
export const TagPayloadSchema = v.object({ tag: v.pipe(TagSchema, v.nonEmpty()) });
export const IdPayloadSchema = v.object({ id: IdSchema });
export const UpdatePayloadSchema = v.object({ id: IdSchema, patch: AnnotationPatchSchema });
export const FollowPayloadSchema = v.object({
  id: IdSchema,
  anchor: v.object({ quote: TextQuoteSelectorSchema, position: v.optional(StoredPositionSchema) }),
});
export const RestorePayloadSchema = v.object({ record: AnnotationSchema });
export const ListAllPayloadSchema = v.optional(
  v.object({
    offset: v.optional(Offset),
    limit: v.optional(v.pipe(Offset, v.minValue(1), v.maxValue(LIMITS.pageSize))),
  }),
  {},
);
export const ImportPayloadSchema = v.object({
  add: v.pipe(v.array(AnnotationSchema), v.maxLength(LIMITS.importRecords)),
  update: v.pipe(v.array(AnnotationSchema), v.maxLength(LIMITS.importRecords)),
});
/** Messages that carry no data: whatever was sent is ignored. */
export const NoPayloadSchema = v.unknown();

/** Parses `input` or explains the first problem, naming the field by its dotted path (`tags.3`). */
export function parsePayload<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
): { ok: true; value: v.InferOutput<TSchema> } | { ok: false; error: string } {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  const [issue] = result.issues;
  const path = v.getDotPath(issue);
  return { ok: false, error: `invalid ${path ?? 'payload'}: ${issue.message}` };
}

// Compile-time guards: a field added to the entity types without a schema change breaks `tsc`.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: [
  Same<v.InferOutput<typeof AnnotationSchema>, Annotation>,
  Same<v.InferOutput<typeof PageRecordSchema>, PageRecord>,
  v.InferOutput<typeof AnnotationInputSchema> extends AnnotationInput ? true : false,
  v.InferOutput<typeof AnnotationPatchSchema> extends AnnotationPatch ? true : false,
] = [true, true, true, true];
void schemaMatchesTypes;
