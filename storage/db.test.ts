import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import { V1_RECORDS, V1_SCHEMA } from '../tests/fixtures/db-v1';
import { freshIndexedDB } from '../tests/unit/fake-db';
import { DB_NAME, GovMarkDB, SCHEMAS } from './db';

async function createV1Database(deps: ReturnType<typeof freshIndexedDB>): Promise<void> {
  const v1 = new Dexie(DB_NAME, deps);
  v1.version(1).stores(V1_SCHEMA);
  await v1.table('annotations').bulkAdd(V1_RECORDS);
  v1.close();
}

describe('GovMarkDB', () => {
  test('is named govmark and at version 2', async () => {
    const db = new GovMarkDB(undefined, freshIndexedDB());
    await db.open();
    expect(db.name).toBe('govmark');
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['annotations', 'pages']);
    db.close();
  });

  test('released schema 1 is unchanged (migrations only add)', () => {
    expect(SCHEMAS[1]).toEqual(V1_SCHEMA);
  });

  test('upgrades a version-1 database without losing a record, filling reportKey from the url', async () => {
    const deps = freshIndexedDB();
    await createV1Database(deps);

    const db = new GovMarkDB(DB_NAME, deps);
    const records = await db.annotations.orderBy('id').toArray();

    const expected = V1_RECORDS.map((r) => ({ ...r, reportKey: r.url })).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(records).toEqual(expected);
    expect(db.verno).toBe(2);
    // The new index answers, and the new table exists.
    expect(
      await db.annotations
        .where('reportKey')
        .equals(V1_RECORDS[1]?.url ?? '')
        .count(),
    ).toBe(2);
    expect(await db.pages.count()).toBe(0);
    db.close();
  });

  test('the upgrade keeps a reportKey a v1 record already had', async () => {
    const deps = freshIndexedDB();
    const v1 = new Dexie(DB_NAME, deps);
    v1.version(1).stores(V1_SCHEMA);
    await v1.table('annotations').add({ ...V1_RECORDS[0], reportKey: '2024-内蒙古自治区-政府工作报告' });
    v1.close();

    const db = new GovMarkDB(DB_NAME, deps);
    expect((await db.annotations.toArray())[0]?.reportKey).toBe('2024-内蒙古自治区-政府工作报告');
    db.close();
  });

  test('records survive closing and reopening', async () => {
    const deps = freshIndexedDB();
    const first = new GovMarkDB(DB_NAME, deps);
    await first.annotations.add({ ...V1_RECORDS[0], reportKey: 'k' } as never);
    first.close();
    const second = new GovMarkDB(DB_NAME, deps);
    expect(await second.annotations.count()).toBe(1);
    second.close();
  });
});
