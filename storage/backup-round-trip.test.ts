import fc from 'fast-check';
import { expect, test } from 'vitest';
import { makeTestDb } from '../tests/unit/fake-db';
import { applyImport, listAll, restoreAnnotation } from './annotations';
import { serializeExport, toWebAnnotations } from './export-json';
import { parseImport, planImport } from './import';
import { LIMITS } from './schemas';
import { type Annotation, NOTE_COLORS } from './types';

const NOW = Date.now();

const anyText = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength: Math.min(maxLength, 200) }),
    fc.string({ unit: 'grapheme', maxLength: Math.min(maxLength, 200) }),
    // Edge lengths: exactly at the limit, in one- and two-unit characters.
    fc.constantFrom('字'.repeat(maxLength), '𠀋'.repeat(Math.floor(maxLength / 2)), ' \u3000\u200b=cmd'),
  );
const nonEmpty = (maxLength: number) => anyText(maxLength).filter((s) => s.length > 0 && s.length <= maxLength);

const id = fc
  .oneof(
    fc.uuid(),
    fc.constantFrom(
      'legacy-id-from-another-tool',
      'https://hypothes.is/a/Xy_z',
      'urn:uuid:not-a-uuid',
      'A'.repeat(256),
    ),
    fc.uuid().map((u) => u.toUpperCase()),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
  )
  .filter((s) => s.length > 0 && s.length <= LIMITS.id);

const url = fc.oneof(
  fc.constantFrom(
    'https://www.gov.cn/zhengce/2024-03/12/content_6939153.htm',
    'http://szb.nmgnews.com.cn/2024/01/28/08.html?page=2',
    'https://news.example.cn/a/%E6%94%BF%E5%BA%9C.html',
  ),
  fc.webUrl({ withQueryParameters: true }),
);

// Tags as the tag field makes them: a separator it splits at (`,` `，` `、` a line break) would make more tags.
const tag = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: LIMITS.tag })
  .map((t) => t.replace(/[,，、\r\n]/g, '').trim())
  .filter((t) => t.length > 0 && t.length <= LIMITS.tag);

const position = fc
  .record({
    codePointStart: fc.nat(100_000),
    codePointSpan: fc.nat(5000),
    astralBefore: fc.double({ min: 0, max: 1, noNaN: true }),
    astralInside: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ codePointStart, codePointSpan, astralBefore, astralInside }) => {
    const start = codePointStart + Math.floor(codePointStart * astralBefore);
    const end = start + codePointSpan + Math.floor(codePointSpan * astralInside);
    return {
      type: 'TextPositionSelector' as const,
      start,
      end,
      codePointStart,
      codePointEnd: codePointStart + codePointSpan,
    };
  });

const annotation: fc.Arbitrary<Annotation> = fc
  .record(
    {
      id,
      url,
      title: anyText(LIMITS.title),
      reportKey: nonEmpty(LIMITS.url),
      quote: fc.record({
        type: fc.constant('TextQuoteSelector' as const),
        exact: nonEmpty(LIMITS.exact),
        prefix: anyText(LIMITS.context),
        suffix: anyText(LIMITS.context),
      }),
      position,
      note: anyText(LIMITS.note),
      tags: fc.array(tag, { maxLength: LIMITS.tags }),
      color: fc.constantFrom(...NOTE_COLORS),
      // The importer refuses dates more than a day ahead of the clock, which would beat every later edit.
      created: fc.integer({ min: 0, max: NOW }),
      updated: fc.integer({ min: 0, max: NOW }),
    },
    // Page notes have neither quote nor position; unplaced ones may have a quote alone.
    { requiredKeys: ['id', 'url', 'title', 'reportKey', 'note', 'tags', 'color', 'created', 'updated'] },
  )
  .map((a) => a as Annotation);

const byId = (list: Annotation[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

test('any database the write paths accept → JSON export → import into an empty profile → the same database', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uniqueArray(annotation, { selector: (a) => a.id, maxLength: 12 }), async (records) => {
      const source = makeTestDb('source');
      const target = makeTestDb('target');
      try {
        for (const record of records) await restoreAnnotation(source, record);
        const stored = await listAll(source);
        const file = serializeExport(toWebAnnotations(stored, { exportedAt: new Date() }));
        const parsed = parseImport(file);
        if (!parsed.ok) throw new Error(parsed.error);
        const plan = planImport(parsed.records, new Map());
        await applyImport(target, plan);
        expect(byId(await listAll(target))).toStrictEqual(byId(stored));
      } finally {
        source.close();
        target.close();
      }
    }),
    { numRuns: 40 },
  );
  // A generous harness limit: the machine is shared and each run opens two fake databases.
}, 120_000);
