import { expect, test, vi } from 'vitest';
import { generateAnnotations } from '../tests/fixtures/annotations';
import { makeTestDb } from '../tests/unit/fake-db';
import { applyImport, listAll } from './annotations';
import { serializeExport, toWebAnnotations } from './export-json';
import { parseImport, planImport } from './import';
import type { Annotation } from './types';

// The reasons are worded through t(); these tests read them as the Chinese UI shows them.
vi.mock('../utils/i18n', async () => ({ t: (await import('../tests/unit/translator')).translator('zh_CN') }));

const annotations = generateAnnotations(200);
const byId = (list: Annotation[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

test('the generated set is as varied as it should be', () => {
  const all = JSON.stringify(annotations);
  expect(annotations.some((a) => !a.quote)).toBe(true);
  expect(annotations.some((a) => a.note === '')).toBe(true);
  expect(annotations.some((a) => a.tags.length > 20)).toBe(true);
  expect(annotations.some((a) => a.position && a.position.start !== a.position.codePointStart)).toBe(true);
  expect(annotations.some((a) => a.quote?.exact.includes('\n'))).toBe(true);
  expect(new Set(annotations.map((a) => a.created)).size).toBeLessThan(annotations.length);
  for (const piece of ['𠀋', '😀', '<img', '=cmd', '\\r\\n', 'javascript:']) expect(all).toContain(piece);
});

test('export → import into a fresh profile → the same records → export again, byte-identical', () => {
  const first = serializeExport(toWebAnnotations(annotations, { exportedAt: new Date('2024-11-28T08:00:00Z') }));
  const parsed = parseImport(first);
  if (!parsed.ok) throw new Error(parsed.error);
  const plan = planImport(parsed.records, new Map());
  expect(plan.add).toHaveLength(200);
  expect(plan.summary).toBe('导入 200 条');
  expect(byId(plan.add)).toStrictEqual(byId(annotations));

  const second = serializeExport(toWebAnnotations(plan.add, { exportedAt: new Date('2025-01-01T00:00:00Z') }));
  expect(JSON.stringify(JSON.parse(second).annotations, null, 2)).toBe(
    JSON.stringify(JSON.parse(first).annotations, null, 2),
  );
  // Only the exportedAt line differs.
  expect(second.replace('2025-01-01T00:00:00.000Z', '2024-11-28T08:00:00.000Z')).toBe(first);
});

test('importing the same file into the profile it came from changes nothing', () => {
  const text = serializeExport(toWebAnnotations(annotations, { exportedAt: new Date() }));
  const parsed = parseImport(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const plan = planImport(parsed.records, new Map(annotations.map((a) => [a.id, a])));
  expect(plan.add).toEqual([]);
  expect(plan.update).toEqual([]);
  expect(plan.unchanged).toHaveLength(200);
});

test('another tool’s file whose address has tracking parameters and a fragment, imported twice: the second time changes nothing', async () => {
  const db = makeTestDb();
  const text = JSON.stringify([
    {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:11111111-2222-4333-8444-555555555555',
      type: 'Annotation',
      created: '2024-03-05T10:00:00+08:00',
      body: { type: 'TextualBody', value: '批注', purpose: 'commenting' },
      target: { source: 'https://www.gov.cn/a.htm?id=7&utm_source=wx#p3' },
    },
  ]);
  const importOnce = async () => {
    const parsed = parseImport(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = planImport(parsed.records, new Map((await listAll(db)).map((a) => [a.id, a])));
    await applyImport(db, plan);
    return plan;
  };
  expect((await importOnce()).add).toMatchObject([
    { url: 'https://www.gov.cn/a.htm?id=7', reportKey: 'https://www.gov.cn/a.htm?id=7' },
  ]);
  const again = await importOnce();
  expect(again).toMatchObject({ add: [], update: [], older: [], unchanged: [{ note: '批注' }] });
  expect(again.summary).toBe('文件中的 1 条批注本地都已有，不会有任何改动。');
  db.close();
});

test('another tool’s file with repeated tags, a tag holding a line break and half a character, imported twice: the second time changes nothing', async () => {
  const db = makeTestDb();
  const tagging = (value: string) => ({ type: 'TextualBody', value, purpose: 'tagging' });
  const text = JSON.stringify([
    {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:11111111-2222-4333-8444-555555555555',
      type: 'Annotation',
      created: '2024-03-05T10:00:00+08:00',
      body: [
        { type: 'TextualBody', value: '半个\ud83d', purpose: 'commenting' },
        tagging('a'),
        tagging(' a '),
        tagging('b\nc'),
      ],
      target: { source: 'https://www.gov.cn/a.htm' },
    },
  ]);
  for (const round of [1, 2]) {
    const parsed = parseImport(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = planImport(parsed.records, new Map((await listAll(db)).map((a) => [a.id, a])));
    expect(plan.add.length + plan.unchanged.length).toBe(1);
    expect(plan.unchanged).toHaveLength(round - 1);
    await applyImport(db, plan);
  }
  expect(await listAll(db)).toMatchObject([{ note: '半个\ufffd', tags: ['a', 'b', 'c'] }]);
  db.close();
});
