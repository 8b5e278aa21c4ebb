import { afterEach, beforeEach, expect, test } from 'vitest';
import { makeAnnotation } from '../tests/fixtures/annotations';
import { makeTestDb } from '../tests/unit/fake-db';
import { addAnnotation, applyImport, deleteAnnotation, restoreAnnotation, updateAnnotation } from './annotations';
import type { GovMarkDB } from './db';
import { watchNoteWrites } from './note-writes';

const A = 'https://www.gov.cn/zhengce/content_1.htm';
const B = 'https://szb.nmgnews.com.cn/2024/01/28/08.html';

let db: GovMarkDB;
let heard: string[][];
let stop: () => void;
beforeEach(() => {
  db = makeTestDb();
  heard = [];
  stop = watchNoteWrites(db, (urls) => heard.push([...urls].sort()));
});
afterEach(() => {
  stop();
  db.close();
});

test('every write path announces the pages it touched, once per transaction', async () => {
  const note = await addAnnotation(db, { url: A, title: 't', note: 'n', tags: [] });
  await updateAnnotation(db, note.id, { note: 'changed' });
  const deleted = await deleteAnnotation(db, note.id);
  if (!deleted) throw new Error('not deleted');
  await restoreAnnotation(db, deleted);
  await applyImport(db, {
    add: [makeAnnotation({ id: 'x1', url: A }), makeAnnotation({ id: 'x2', url: B })],
    update: [],
  });
  expect(heard).toEqual([[A], [A], [A], [A], [A, B].sort()]);
});

test('reads and a failed write announce nothing; a stopped watcher hears nothing', async () => {
  await db.annotations.toArray();
  await expect(deleteAnnotation(db, 'missing')).resolves.toBeUndefined();
  const duplicate = makeAnnotation({ id: 'dup', url: A });
  await db.annotations.add(duplicate);
  heard = [];
  await expect(db.transaction('rw', db.annotations, () => db.annotations.add(duplicate))).rejects.toThrow();
  expect(heard).toEqual([]);
  stop();
  await addAnnotation(db, { url: B, title: 't', note: 'n', tags: [] });
  expect(heard).toEqual([]);
});
