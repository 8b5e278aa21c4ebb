import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { makeAnnotation } from '../tests/fixtures/annotations';
import { freshIndexedDB, makeTestDb } from '../tests/unit/fake-db';
import {
  addAnnotation,
  applyImport,
  countAnnotations,
  deleteAnnotation,
  followAnnotation,
  getAnnotation,
  listAll,
  listByReportKey,
  listByTag,
  listByUrl,
  restoreAnnotation,
  updateAnnotation,
} from './annotations';
import { GovMarkDB } from './db';
import { planImport } from './plan-import';
import { MAX_TIME } from './schemas';
import { allTags } from './tags';
import { type AnnotationInput, DEFAULT_NOTE_COLOR } from './types';

const URL_A = 'https://www.gov.cn/zhengce/2024-03/12/content_6939153.htm';
const URL_B = 'https://szb.nmgnews.com.cn/2024/01/28/08.html';

function quoted(start: number, extra: Partial<AnnotationInput> = {}): AnnotationInput {
  return {
    url: URL_A,
    title: '政府工作报告',
    quote: { type: 'TextQuoteSelector', exact: '城镇新增就业1200万人以上', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + 15, codePointStart: start, codePointEnd: start + 15 },
    note: '这个目标比去年低了',
    tags: ['就业'],
    ...extra,
  };
}

let db: GovMarkDB;
beforeEach(() => {
  db = makeTestDb();
});
afterEach(() => db.close());

describe('addAnnotation', () => {
  test('stores a record with a UUID, times, defaults and normalised URL and tags', async () => {
    const record = await addAnnotation(
      db,
      { url: `${URL_A}?utm_source=wx#p3`, tags: [' 就业 ', '待核实', '就业', '', '  '] },
      1000,
    );
    expect(record.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(record).toMatchObject({
      url: URL_A,
      reportKey: URL_A,
      title: '',
      note: '',
      tags: ['就业', '待核实'],
      color: DEFAULT_NOTE_COLOR,
      created: 1000,
      updated: 1000,
    });
    expect(record).not.toHaveProperty('quote');
    expect(await getAnnotation(db, record.id)).toEqual(record);
  });

  test('keeps the quote, position and a given report key', async () => {
    const record = await addAnnotation(db, quoted(40, { reportKey: '2024-国务院-政府工作报告', color: 'pink' }));
    expect(await getAnnotation(db, record.id)).toEqual(record);
    expect(record.quote?.exact).toBe('城镇新增就业1200万人以上');
    expect(record.position?.start).toBe(40);
  });

  test('two concurrent adds both land', async () => {
    const [a, b] = await Promise.all([addAnnotation(db, quoted(10)), addAnnotation(db, quoted(20))]);
    expect(a.id).not.toBe(b.id);
    expect(await countAnnotations(db)).toBe(2);
  });

  test('concurrent adds from two connections (two tabs, two pages) both land', async () => {
    const deps = freshIndexedDB();
    const one = new GovMarkDB('govmark', deps);
    const two = new GovMarkDB('govmark', deps);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => addAnnotation(i % 2 ? one : two, quoted(i, { note: `n${i}` }))),
    );
    expect(await one.annotations.count()).toBe(20);
    expect((await two.annotations.toArray()).map((a) => a.note).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `n${i}`).sort(),
    );
    one.close();
    two.close();
  });
});

describe('updateAnnotation', () => {
  test('applies the patch, normalises tags and bumps updated', async () => {
    const record = await addAnnotation(db, quoted(10), 1000);
    const next = await updateAnnotation(db, record.id, { note: '改了', tags: ['a', ' a ', 'b'], color: 'green' }, 5000);
    expect(next).toEqual({ ...record, note: '改了', tags: ['a', 'b'], color: 'green', updated: 5000 });
    expect(await getAnnotation(db, record.id)).toEqual(next);
  });

  test('updated always moves forward, even if the clock does not', async () => {
    const record = await addAnnotation(db, quoted(10), 5000);
    const next = await updateAnnotation(db, record.id, { note: 'x' }, 4000);
    expect(next?.updated).toBe(5001);
  });

  test('a note dated the last millisecond an export can write stays editable, and its date stays there', async () => {
    const record = await restoreAnnotation(db, makeAnnotation({ updated: MAX_TIME }));
    const next = await updateAnnotation(db, record.id, { note: '改了' }, 5000);
    expect(next).toMatchObject({ note: '改了', updated: MAX_TIME });
    expect(await getAnnotation(db, record.id)).toEqual(next);
  });

  test('re-attaches a note to a new selection', async () => {
    const record = await addAnnotation(db, quoted(10));
    const position = {
      type: 'TextPositionSelector' as const,
      start: 99,
      end: 101,
      codePointStart: 98,
      codePointEnd: 100,
    };
    const quote = { type: 'TextQuoteSelector' as const, exact: '5%', prefix: '增长', suffix: '左右' };
    const next = await updateAnnotation(db, record.id, { quote, position });
    expect(next).toMatchObject({ quote, position, note: record.note, tags: record.tags });
  });

  test('an unknown id changes nothing', async () => {
    expect(await updateAnnotation(db, 'nope', { note: 'x' })).toBeUndefined();
    expect(await countAnnotations(db)).toBe(0);
  });
});

describe('every write stores notes and tags the one way (normalizeTags, no half characters)', () => {
  test('restore (undo, or a record sent by a message)', async () => {
    const stored = await restoreAnnotation(db, makeAnnotation({ note: '半个\ud83d字', tags: ['a', ' a ', 'b\nc'] }));
    expect(stored).toMatchObject({ note: '半个\ufffd字', tags: ['a', 'b', 'c'] });
    expect(await getAnnotation(db, stored.id)).toEqual(stored);
  });

  test('an edit returns the record as stored', async () => {
    const record = await addAnnotation(db, quoted(10), 1000);
    const next = await updateAnnotation(db, record.id, { note: '\udc00x', tags: ['就业\n民生'] }, 5000);
    expect(next).toMatchObject({ note: '\ufffdx', tags: ['就业', '民生'] });
    expect(await getAnnotation(db, record.id)).toEqual(next);
  });

  test('an import sent by a message', async () => {
    const record = makeAnnotation({ tags: ['a', 'a'] });
    await applyImport(db, { add: [record], update: [] });
    expect((await getAnnotation(db, record.id))?.tags).toEqual(['a']);
  });
});

describe('followAnnotation', () => {
  test('moves the anchor where the words now stand; updated stays, so an edit made elsewhere still wins', async () => {
    const record = await addAnnotation(db, quoted(10), 1000);
    const position = {
      type: 'TextPositionSelector' as const,
      start: 40,
      end: 42,
      codePointStart: 40,
      codePointEnd: 42,
    };
    const quote = { ...(record.quote as NonNullable<typeof record.quote>), prefix: '新的' };
    const next = await followAnnotation(db, record.id, { quote, position });
    expect(next).toEqual({ ...record, quote, position });
    expect(await getAnnotation(db, record.id)).toEqual(next);
    const edited = { ...record, note: '在另一台电脑上改过', updated: 2000 };
    expect(planImport([edited], new Map([[record.id, next as typeof record]])).update).toEqual([edited]);
  });

  test('an unknown id changes nothing', async () => {
    expect(
      await followAnnotation(db, 'nope', { quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' } }),
    ).toBeUndefined();
  });
});

describe('deleteAnnotation and restoreAnnotation', () => {
  test('delete returns the record; restore puts it back exactly', async () => {
    const record = await addAnnotation(db, quoted(10, { tags: ['就业', '待核实'] }));
    const deleted = await deleteAnnotation(db, record.id);
    expect(deleted).toEqual(record);
    expect(await countAnnotations(db)).toBe(0);
    await restoreAnnotation(db, deleted ?? record);
    expect(await getAnnotation(db, record.id)).toEqual(record);
    expect(await listByTag(db, '待核实')).toEqual([record]);
  });

  test('deleting an unknown id returns undefined', async () => {
    expect(await deleteAnnotation(db, 'nope')).toBeUndefined();
  });
});

describe('queries', () => {
  test('listByUrl normalises the URL and returns reading order, page-level notes first', async () => {
    const late = await addAnnotation(db, quoted(300), 1);
    const early = await addAnnotation(db, quoted(5), 2);
    const pageNote = await addAnnotation(db, { url: URL_A, note: '整页' }, 3);
    await addAnnotation(db, quoted(1, { url: URL_B }));
    const list = await listByUrl(db, `${URL_A}?from=singlemessage#top`);
    expect(list.map((a) => a.id)).toEqual([pageNote.id, early.id, late.id]);
  });

  test('listByReportKey groups the pages of one report', async () => {
    const key = '2024-内蒙古自治区-政府工作报告';
    const p8 = await addAnnotation(db, quoted(5, { url: URL_B, reportKey: key }));
    const p7 = await addAnnotation(db, quoted(5, { url: URL_B.replace('08', '07'), reportKey: key }));
    await addAnnotation(db, quoted(5));
    expect((await listByReportKey(db, key)).map((a) => a.id)).toEqual([p7.id, p8.id]);
  });

  test('tags: multi-entry query and counts', async () => {
    const a = await addAnnotation(db, quoted(1, { tags: ['就业', '待核实'] }), 1);
    const b = await addAnnotation(db, quoted(2, { tags: ['就业'] }), 2);
    await addAnnotation(db, quoted(3, { tags: ['民生'] }), 3);
    await addAnnotation(db, quoted(4, { tags: [] }), 4);
    expect((await listByTag(db, '就业')).map((r) => r.id)).toEqual([b.id, a.id]);
    expect(await listByTag(db, '不存在')).toEqual([]);
    expect(await allTags(db)).toEqual([
      { tag: '就业', count: 2 },
      { tag: '待核实', count: 1 },
      { tag: '民生', count: 1 },
    ]);
  });

  test('listAll pages through everything, most recently updated first', async () => {
    for (let i = 0; i < 7; i++) await addAnnotation(db, quoted(i, { note: `n${i}` }), 1000 + i);
    const first = await listAll(db, { offset: 0, limit: 3 });
    const rest = await listAll(db, { offset: 3, limit: 10 });
    expect([...first, ...rest].map((a) => a.note)).toEqual(['n6', 'n5', 'n4', 'n3', 'n2', 'n1', 'n0']);
    expect(await listAll(db)).toHaveLength(7);
    expect(await countAnnotations(db)).toBe(7);
  });
});

describe('applyImport', () => {
  test('adds new records and replaces updated ones', async () => {
    const existing = await addAnnotation(db, quoted(1), 1000);
    const incoming = makeAnnotation({ id: 'b0b0b0b0-0000-4000-8000-000000000001' });
    const newer = { ...existing, note: '导入的新版本', updated: 9000 };
    expect(await applyImport(db, { add: [incoming], update: [newer] })).toEqual({
      added: 1,
      updated: 1,
      keptLocal: [],
    });
    expect(await getAnnotation(db, incoming.id)).toEqual(incoming);
    expect(await getAnnotation(db, existing.id)).toEqual(newer);
  });

  test('one failing record writes nothing: the same new id twice', async () => {
    const existing = await addAnnotation(db, quoted(1), 1000);
    const fresh = Array.from({ length: 5 }, (_, i) => makeAnnotation({ id: `fresh-${i}` }));
    const update = { ...existing, note: 'should not land', updated: 9000 };
    await expect(
      applyImport(db, { add: [...fresh, makeAnnotation({ id: 'fresh-0' })], update: [update] }),
    ).rejects.toThrow();
    expect(await countAnnotations(db)).toBe(1);
    expect(await getAnnotation(db, existing.id)).toEqual(existing);
  });

  test('one failing record writes nothing: an update with an invalid key', async () => {
    const fresh = makeAnnotation({ id: 'fresh-1' });
    const broken = makeAnnotation({ id: undefined as unknown as string });
    await expect(applyImport(db, { add: [fresh], update: [broken] })).rejects.toThrow();
    expect(await countAnnotations(db)).toBe(0);
  });

  test('re-importing the same records changes nothing', async () => {
    const records = [makeAnnotation({ id: 'r1' }), makeAnnotation({ id: 'r2', tags: ['民生'] })];
    await applyImport(db, { add: records, update: [] });
    await applyImport(db, { add: [], update: records });
    expect(await db.annotations.orderBy('id').toArray()).toEqual(records);
  });
});
