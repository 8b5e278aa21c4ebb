import { expect, test, vi } from 'vitest';
import { makeAnnotation } from '../tests/fixtures/annotations';
import { planImport } from './plan-import';
import type { Annotation } from './types';
import { UNDATED } from './web-annotation-schema';

// The reasons are worded through t(); these tests read them as the Chinese UI shows them.
vi.mock('../utils/i18n', async () => ({ t: (await import('../tests/unit/translator')).translator('zh_CN') }));

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const at = (n: number, overrides: Partial<Annotation> = {}) => makeAnnotation({ id: id(n), ...overrides });
const db = (...records: Annotation[]) => new Map(records.map((r) => [r.id, r]));

test.each<
  [
    string,
    Annotation[],
    Map<string, Annotation>,
    { add: number; update: number; unchanged: number; older: number },
    string,
  ]
>([
  ['empty file', [], db(at(1)), { add: 0, update: 0, unchanged: 0, older: 0 }, '文件中没有批注。'],
  ['fresh profile', [at(1), at(2), at(3)], db(), { add: 3, update: 0, unchanged: 0, older: 0 }, '导入 3 条'],
  [
    'the issue’s example',
    [
      ...Array.from({ length: 149 }, (_, i) => at(i + 100)),
      at(1, { updated: 9e12 }),
      at(2, { updated: 9e12 }),
      at(3, { updated: 9e12 }),
    ],
    db(at(1), at(2), at(3)),
    { add: 149, update: 3, unchanged: 0, older: 0 },
    '导入 152 条，其中 3 条已存在将更新',
  ],
  [
    'the same file again changes nothing',
    [at(1), at(2)],
    db(at(1), at(2)),
    { add: 0, update: 0, unchanged: 2, older: 0 },
    '文件中的 2 条批注本地都已有，不会有任何改动。',
  ],
  [
    'local copy newer: kept',
    [at(1, { note: '旧', updated: 1 })],
    db(at(1, { note: '新', updated: 2 })),
    { add: 0, update: 0, unchanged: 0, older: 1 },
    '文件中的 1 条批注本地都已有，不会有任何改动。其中 1 条与本地的不同，但本地版本较新，保留本地。',
  ],
  [
    'same updated time, different content: local wins, deterministically',
    [at(1, { note: '甲' })],
    db(at(1, { note: '乙' })),
    { add: 0, update: 0, unchanged: 0, older: 1 },
    '文件中的 1 条批注本地都已有，不会有任何改动。其中 1 条与本地的不同，但本地版本较新，保留本地。',
  ],
  [
    'mixed',
    [at(1, { updated: 9e12 }), at(2), at(3, { updated: 1 }), at(4)],
    db(at(1), at(2), at(3)),
    { add: 1, update: 1, unchanged: 1, older: 1 },
    '导入 4 条，其中 1 条已存在将更新，1 条与本地相同将跳过，1 条本地版本较新将保留本地',
  ],
])('%s', (_, records, existing, counts, summary) => {
  const plan = planImport(records, existing);
  expect({
    add: plan.add.length,
    update: plan.update.length,
    unchanged: plan.unchanged.length,
    older: plan.older.length,
  }).toEqual(counts);
  expect(plan.summary).toBe(summary);
});

test.each<[string, Partial<Annotation>]>([
  ['note', { note: '改了' }],
  ['tags order', { tags: ['待核实', '就业'] }],
  ['tag removed', { tags: ['就业'] }],
  ['colour', { color: 'green' }],
  ['title', { title: '另一个标题' }],
  ['report key', { reportKey: 'x' }],
  ['url', { url: 'https://www.gov.cn/' }],
  ['quote prefix', { quote: { type: 'TextQuoteSelector', exact: '新增婴幼儿托位1.5万个', prefix: '', suffix: '，' } }],
  ['quote removed', { quote: undefined }],
  [
    'position',
    { position: { type: 'TextPositionSelector', start: 121, end: 133, codePointStart: 120, codePointEnd: 132 } },
  ],
  [
    'code points',
    { position: { type: 'TextPositionSelector', start: 120, end: 132, codePointStart: 119, codePointEnd: 132 } },
  ],
  ['position removed', { position: undefined }],
  ['created', { created: 1 }],
])('a newer record whose %s differs is an update', (_, change) => {
  const local = at(1);
  const incoming = at(1, { ...change, updated: local.updated + 1 });
  expect(planImport([incoming], db(local)).update).toEqual([incoming]);
});

test('key order and absent-versus-undefined optional fields are not changes', () => {
  const local = at(1, { quote: undefined, position: undefined });
  const { quote: _q, position: _p, ...rest } = local;
  const incoming = Object.fromEntries(Object.entries(rest).reverse()) as unknown as Annotation;
  expect(planImport([incoming], db(local)).unchanged).toHaveLength(1);
});

test('a note the file gives no date is dated when added, and never replaces a copy here', () => {
  const undated = at(1, { created: UNDATED, updated: UNDATED });
  expect(planImport([undated], db(), 5000).add).toEqual([{ ...undated, created: 5000, updated: 5000 }]);
  const local = at(1, { created: 5000, updated: 7000 });
  expect(planImport([{ ...local, created: UNDATED, updated: UNDATED }], db(local)).unchanged).toHaveLength(1);
  const edited = planImport(
    [{ ...local, note: 'the other tool’s words', created: UNDATED, updated: UNDATED }],
    db(local),
  );
  expect(edited.older).toHaveLength(1);
  expect(edited.update).toHaveLength(0);
});
