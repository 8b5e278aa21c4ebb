import { afterEach, beforeEach, expect, test } from 'vitest';
import { makeAnnotation } from '../tests/fixtures/annotations';
import { makeTestDb } from '../tests/unit/fake-db';
import { applyImport, restoreAnnotation, updateAnnotation } from './annotations';
import type { GovMarkDB } from './db';
import { planImport } from './plan-import';

let db: GovMarkDB;
beforeEach(() => {
  db = makeTestDb();
});
afterEach(() => db.close());

const T = Date.UTC(2024, 2, 1);

test('an edit made between planning and confirming is kept and reported, not overwritten by the older file copy', async () => {
  const stored = await restoreAnnotation(db, makeAnnotation({ note: '旧', updated: T }));
  const fromFile = { ...stored, note: '文件里的版本', updated: T + 1000 };
  const plan = planImport([fromFile], new Map([[stored.id, stored]]));
  expect(plan.update).toHaveLength(1);

  const edited = await updateAnnotation(db, stored.id, { note: '刚刚在别处改的' }, T + 60_000);
  const result = await applyImport(db, plan);

  expect(result).toEqual({ added: 0, updated: 0, keptLocal: [edited] });
  expect((await db.annotations.get(stored.id))?.note).toBe('刚刚在别处改的');
});

test('a record planned as new but stored meanwhile is kept when the local one is newer, replaced when older', async () => {
  const a = makeAnnotation({ id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', note: '文件 a', updated: T });
  const b = makeAnnotation({ id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', note: '文件 b', updated: T + 10 });
  const plan = planImport([a, b], new Map());
  expect(plan.add).toHaveLength(2);

  await restoreAnnotation(db, { ...a, note: '本地 a', updated: T + 5 });
  await restoreAnnotation(db, { ...b, note: '本地 b', updated: T + 5 });
  const result = await applyImport(db, plan);

  expect(result.added).toBe(0);
  expect(result.updated).toBe(1);
  expect(result.keptLocal.map((r) => r.note)).toEqual(['本地 a']);
  expect((await db.annotations.get(a.id))?.note).toBe('本地 a');
  expect((await db.annotations.get(b.id))?.note).toBe('文件 b');
});

test('a plan confirmed with nothing changed meanwhile writes as planned', async () => {
  const stored = await restoreAnnotation(db, makeAnnotation({ updated: T }));
  const plan = planImport(
    [{ ...stored, note: '新', updated: T + 1 }, makeAnnotation({ id: 'new-id' })],
    new Map([[stored.id, stored]]),
  );
  expect(await applyImport(db, plan)).toEqual({ added: 1, updated: 1, keptLocal: [] });
});
