import { expect, test, vi } from 'vitest';
import { makeAnnotation } from '../tests/fixtures/annotations';
import { toWebAnnotations } from './export-json';
import { parseImport } from './import';
import { planImport } from './plan-import';
import { MAX_TIME } from './schemas';

// The English UI: every reason an import gives is English (issue 13), counts with their plurals.
vi.mock('../utils/i18n', async () => ({ t: (await import('../tests/unit/translator')).translator('en') }));

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const good = () => JSON.parse(JSON.stringify(toWebAnnotations([makeAnnotation()], { exportedAt: new Date(0) })));

test.each([
  ['not JSON', '{'],
  ['another format', JSON.stringify({ format: 'other' })],
  ['a newer schemaVersion', JSON.stringify({ ...good(), schemaVersion: 99 })],
  ['a record with a missing field', JSON.stringify([{ ...good().annotations[0], target: undefined }])],
  [
    'a record with an unknown colour',
    JSON.stringify([{ ...good().annotations[0], govmark: { ...good().annotations[0].govmark, color: 'red' } }]),
  ],
  [
    'a tag too long',
    JSON.stringify([
      { ...good().annotations[0], body: [{ type: 'TextualBody', purpose: 'tagging', value: 'x'.repeat(200) }] },
    ]),
  ],
  ['a duplicate id', JSON.stringify([good().annotations[0], good().annotations[0]])],
  ['an id with half of a character', JSON.stringify([{ ...good().annotations[0], id: '\ud800x' }])],
  ['a date in the future', JSON.stringify([{ ...good().annotations[0], modified: '9999-12-31T23:59:59.999Z' }])],
  // A clock set past 9999: the file's dates pass, the database's own check refuses them.
  ['a date past 9999', JSON.stringify([{ ...good().annotations[0], modified: '9999-12-31T23:59:59-12:00' }]), MAX_TIME],
])('%s: the reason is English', (_name, text, now?: number) => {
  const result = parseImport(text, now);
  expect(result.ok).toBe(false);
  const { error } = result as { error: string };
  expect(error).not.toMatch(CJK);
  expect(error).not.toMatch(/\b(?:import|field)[A-Z]\w+/); // no message key left untranslated
  expect(error).not.toMatch(/Invalid|Expected|received|invalid /); // nor valibot's own words
});

test('the summary counts in English, one note and many', () => {
  const one = planImport([makeAnnotation()], new Map());
  expect(one.summary).toBe('Import 1 note');
  const note = makeAnnotation();
  const two = planImport([note, makeAnnotation({ id: 'other' })], new Map([[note.id, { ...note, updated: 0 }]]));
  expect(two.summary).toBe('Import 2 notes, 1 already here will be updated');
});

test('a file whose only differences are older says so in English, as two sentences', () => {
  const note = makeAnnotation();
  const older = planImport([{ ...note, note: 'older', updated: 0 }], new Map([[note.id, note]]));
  expect(older.summary).toBe(
    'The file’s 1 note is already here: nothing will change. 1 of them differs from the copy here, which is newer and is kept.',
  );
});
