import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { generateAnnotations, makeAnnotation } from '../tests/fixtures/annotations';
import { makeTestDb } from '../tests/unit/fake-db';
import { applyImport, restoreAnnotation, updateAnnotation } from './annotations';
import type { GovMarkDB } from './db';
import { makeStorageHandlers, type StorageHandlers } from './handlers';
import { AnnotationSchema, parsePayload } from './schemas';
import { type Annotation, DEFAULT_NOTE_COLOR } from './types';

// The reasons are worded through t(); these tests read them as the Chinese UI shows them.
vi.mock('../utils/i18n', async () => ({ t: (await import('../tests/unit/translator')).translator('zh_CN') }));

const URL = 'https://www.gov.cn/zhengce/2024-03/12/content_6939153.htm';
const position = { type: 'TextPositionSelector', start: 10, end: 25, codePointStart: 10, codePointEnd: 25 };
const quote = { type: 'TextQuoteSelector', exact: '城镇新增就业1200万人以上', prefix: '目标是：', suffix: '；' };
const valid = {
  url: URL,
  title: '政府工作报告',
  quote,
  position,
  note: '这个目标比去年低了',
  tags: ['就业', '待核实'],
};

let db: GovMarkDB;
let h: StorageHandlers;
beforeEach(() => {
  db = makeTestDb();
  h = makeStorageHandlers(db);
});
afterEach(() => db.close());

async function added(): Promise<Annotation> {
  const reply = await h['notes:add'](valid);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

describe('storage handlers: valid messages', () => {
  test('notes:add then notes:listForUrl', async () => {
    const record = await added();
    expect(record).toMatchObject({ ...valid, url: URL, color: DEFAULT_NOTE_COLOR });
    expect(await h['notes:listForUrl']({ url: `${URL}#x` })).toEqual({ ok: true, value: [record] });
  });

  test('notes:update, notes:delete, notes:restore', async () => {
    const record = await added();
    const updated = await h['notes:update']({ id: record.id, patch: { note: '改', color: 'blue' } });
    expect(updated).toMatchObject({ ok: true, value: { note: '改', color: 'blue', tags: record.tags } });
    const deleted = await h['notes:delete']({ id: record.id });
    expect(deleted.ok && deleted.value.note).toBe('改');
    expect(await h['notes:count'](undefined)).toEqual({ ok: true, value: 0 });
    if (!deleted.ok) throw new Error(deleted.error);
    expect(await h['notes:restore']({ record: deleted.value })).toEqual({ ok: true, value: deleted.value });
    expect(await h['notes:count'](undefined)).toEqual({ ok: true, value: 1 });
  });

  test('unknown ids are errors, not silent successes', async () => {
    expect(await h['notes:update']({ id: 'nope', patch: { note: 'x' } })).toEqual({
      ok: false,
      error: 'notes:update: no annotation with id nope',
    });
    expect(await h['notes:delete']({ id: 'nope' })).toMatchObject({ ok: false });
  });

  test('tags, lists and pages', async () => {
    await added();
    expect(await h['tags:all'](undefined)).toEqual({
      ok: true,
      value: [
        { tag: '就业', count: 1 },
        { tag: '待核实', count: 1 },
      ],
    });
    expect(await h['notes:listForTag']({ tag: '待核实' })).toMatchObject({ ok: true, value: [{ note: valid.note }] });
    expect(await h['notes:listForReport']({ reportKey: URL })).toMatchObject({ ok: true, value: [{}] });
    expect(await h['notes:listAll'](undefined)).toMatchObject({ ok: true, value: [{}] });
    expect(await h['notes:listAll']({ offset: 1, limit: 5 })).toEqual({ ok: true, value: [] });

    const page = { url: URL, title: 't', reportKey: 'k', seenAt: 1, confidence: 0.8, targets: [], agencyCount: 0 };
    expect(await h['pages:recordReport'](page)).toEqual({ ok: true, value: page });
    expect(await h['pages:list'](undefined)).toEqual({ ok: true, value: [page] });
    expect(await h['pages:listForReport']({ reportKey: 'k' })).toEqual({ ok: true, value: [page] });
    expect(await h['pages:clear'](undefined)).toEqual({ ok: true, value: 1 });
  });

  test('notes:import writes all or nothing', async () => {
    const records = generateAnnotations(50, 7);
    const clash = [...records.slice(0, 10), { ...records[0] }] as Annotation[];
    expect(await h['notes:import']({ add: clash, update: [] })).toMatchObject({ ok: false });
    expect(await db.annotations.count()).toBe(0);
    expect(await h['notes:import']({ add: records, update: [] })).toEqual({
      ok: true,
      value: { added: 50, updated: 0, keptLocal: [] },
    });
    expect(await db.annotations.count()).toBe(50);
  });

  test('unknown keys are stripped before anything is stored', async () => {
    const reply = await h['notes:add']({
      ...valid,
      created: 0,
      isAdmin: true,
      quote: { ...quote, x: 1 },
    });
    if (!reply.ok) throw new Error(reply.error);
    const stored = await db.annotations.get(reply.value.id);
    expect(stored).not.toHaveProperty('isAdmin');
    expect(stored?.quote).not.toHaveProperty('x');
    expect(stored?.created).toBeGreaterThan(0);
  });
});

describe('storage handlers: client-made ids make an add safe to retry', () => {
  const id = '6f9619ff-8b86-4011-b42d-00c04fc964ff';

  test('the same add sent twice stores one note and answers the stored one both times', async () => {
    const first = await h['notes:add']({ ...valid, id });
    const again = await h['notes:add']({ ...valid, id });
    expect(first).toMatchObject({ ok: true, value: { id } });
    expect(again).toEqual(first);
    expect(await db.annotations.count()).toBe(1);
  });

  test('an id that is not a UUID, or one taken on another page, is refused', async () => {
    expect(await h['notes:add']({ ...valid, id: 'forged' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('invalid id'),
    });
    await h['notes:add']({ ...valid, id });
    const other = await h['notes:add']({ ...valid, id, url: 'https://www.gov.cn/other.htm' });
    expect(other).toMatchObject({ ok: false, error: expect.stringContaining('already in use') });
    expect(await db.annotations.count()).toBe(1);
  });
});

describe('storage: every write path keeps the limits the importer keeps', () => {
  test.each<[string, Partial<Annotation>, string]>([
    ['a 25,000-character note', { note: '字'.repeat(25_000) }, '批注正文超过 20000 个字符'],
    ['61 tags', { tags: Array.from({ length: 61 }, (_, i) => `t${i}`) }, '标签超过 50 个'],
    ['a 100-character tag', { tags: ['x'.repeat(100)] }, '标签超过 64 个字符'],
  ])('an edit with %s is refused, saying which limit', async (_name, patch, message) => {
    const record = await added();
    await expect(updateAnnotation(db, record.id, patch)).rejects.toThrow(message);
    await expect(restoreAnnotation(db, { ...record, ...patch })).rejects.toThrow(message);
    await expect(applyImport(db, { add: [], update: [{ ...record, ...patch }] })).rejects.toThrow(message);
    expect(await db.annotations.get(record.id)).toEqual(record);
  });
});

const big = (n: number) => '字'.repeat(n);

describe('storage handlers: malformed payloads are refused and nothing is written', () => {
  test.each<[string, unknown, string]>([
    ['not an object', 'hello', 'payload'],
    ['null', null, 'payload'],
    ['missing url', { note: 'x' }, 'url'],
    ['url of the wrong type', { url: 42 }, 'url'],
    ['javascript: url', { url: 'javascript:alert(1)' }, 'url'],
    ['chrome: url', { url: 'chrome://settings/' }, 'url'],
    ['not a url', { url: 'www.gov.cn/a' }, 'url'],
    ['huge url', { url: `https://a.cn/${'a'.repeat(5000)}` }, 'url'],
    ['huge note', { ...valid, note: big(20_001) }, 'note'],
    ['note of the wrong type', { ...valid, note: ['x'] }, 'note'],
    ['too many tags', { ...valid, tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }, 'tags'],
    ['a tag too long', { ...valid, tags: ['ok', big(65)] }, 'tags.1'],
    ['tags not an array', { ...valid, tags: '就业,待核实' }, 'tags'],
    ['bad colour', { ...valid, color: 'red' }, 'color'],
    ['colour as HTML', { ...valid, color: '<b>' }, 'color'],
    ['empty quote', { ...valid, quote: { ...quote, exact: '' } }, 'quote.exact'],
    ['huge quote', { ...valid, quote: { ...quote, exact: big(10_001) } }, 'quote.exact'],
    ['wrong selector type', { ...valid, quote: { ...quote, type: 'CssSelector' } }, 'quote.type'],
    ['negative offset', { ...valid, position: { ...position, start: -1 } }, 'position.start'],
    ['fractional offset', { ...valid, position: { ...position, end: 2.5 } }, 'position.end'],
    ['offset as a string', { ...valid, position: { ...position, start: '10' } }, 'position.start'],
    ['start after end', { ...valid, position: { ...position, start: 30 } }, 'position.end'],
    ['code points reversed', { ...valid, position: { ...position, codePointEnd: 5 } }, 'position.codePointEnd'],
    [
      'more code points than UTF-16 units',
      { ...valid, position: { ...position, codePointStart: 11 } },
      'position.codePointStart',
    ],
    [
      'missing code points',
      { ...valid, position: { type: 'TextPositionSelector', start: 1, end: 2 } },
      'position.codePointStart',
    ],
    ['empty report key', { ...valid, reportKey: '' }, 'reportKey'],
  ])('notes:add with %s', async (_name, payload, field) => {
    const reply = await h['notes:add'](payload);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toContain(`invalid ${field}:`);
    expect(await db.annotations.count()).toBe(0);
  });

  test.each<[string, keyof StorageHandlers, unknown]>([
    ['update without id', 'notes:update', { patch: { note: 'x' } }],
    ['update with a huge note', 'notes:update', { id: 'ID', patch: { note: big(20_001) } }],
    ['update with a bad colour', 'notes:update', { id: 'ID', patch: { color: 'black' } }],
    ['update with bad tags', 'notes:update', { id: 'ID', patch: { tags: [1, 2] } }],
    ['delete with a numeric id', 'notes:delete', { id: 7 }],
    ['delete with a huge id', 'notes:delete', { id: 'x'.repeat(300) }],
    ['restore a partial record', 'notes:restore', { record: { id: 'ID', note: 'x' } }],
    ['restore with negative times', 'notes:restore', { record: { ...makeAnnotation(), created: -1 } }],
    [
      'import with one bad record',
      'notes:import',
      { add: [makeAnnotation({ id: 'a' }), { ...makeAnnotation({ id: 'b' }), color: 'red' }], update: [] },
    ],
    ['import without lists', 'notes:import', {}],
    ['listAll with a huge page', 'notes:listAll', { limit: 100_000 }],
    ['listAll with a negative offset', 'notes:listAll', { offset: -1 }],
    ['listForUrl with a file url', 'notes:listForUrl', { url: 'file:///etc/passwd' }],
    [
      'record a page with confidence 2',
      'pages:recordReport',
      { url: URL, title: '', reportKey: 'k', seenAt: 1, confidence: 2, targets: [], agencyCount: 0 },
    ],
    [
      'record a page with a bad target',
      'pages:recordReport',
      { url: URL, title: '', reportKey: 'k', seenAt: 1, confidence: 1, targets: [{ start: 0 }], agencyCount: 0 },
    ],
  ])('%s', async (_name, message, payload) => {
    const record = await added();
    const pagesBefore = await db.pages.count();
    const before = await db.annotations.toArray();
    const reply = await h[message](payload);
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining(`${message}: invalid`) });
    expect(await db.annotations.toArray()).toEqual(before);
    expect(await db.pages.count()).toBe(pagesBefore);
    expect(await db.annotations.get(record.id)).toEqual(record);
  });
});

describe('AnnotationSchema', () => {
  test('accepts every record the shared fixture generates (hostile text, astral characters, 50 tags)', () => {
    for (const record of generateAnnotations(500, 3)) {
      const parsed = parsePayload(AnnotationSchema, record);
      expect(parsed.ok ? parsed.value : parsed.error).toEqual(record);
    }
  });
});
