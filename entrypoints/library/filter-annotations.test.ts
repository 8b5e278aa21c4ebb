import { describe, expect, test } from 'vitest';
import { makeAnnotation } from '../../tests/fixtures/annotations';
import { filterAnnotations, isFiltered, NO_FILTER } from './filter-annotations';
import { groupAnnotations, groupedOrder } from './group-annotations';

// Local times, as the date inputs are local days.
const at = (day: number, hour = 12) => new Date(2024, 2, day, hour).getTime();
const records = [
  makeAnnotation({ id: 'a', updated: at(3, 23), tags: ['民生'], reportKey: 'R1', url: 'https://x.cn/1' }),
  makeAnnotation({ id: 'b', updated: at(2, 0), tags: ['就业'], reportKey: 'R2', url: 'https://x.cn/2' }),
  makeAnnotation({ id: 'c', updated: at(1), tags: ['民生', '就业'], reportKey: 'R1', url: 'https://x.cn/3' }),
  makeAnnotation({ id: 'd', updated: at(1, 1), tags: [], reportKey: 'R1', url: 'https://x.cn/1' }),
];
const ids = (list: { id: string }[]) => list.map((a) => a.id);

describe('filterAnnotations', () => {
  test.each([
    [{}, null, ['a', 'b', 'c', 'd']],
    [{ tag: '民生' }, null, ['a', 'c']],
    [{ reportKey: 'R1' }, null, ['a', 'c', 'd']],
    [{ url: 'https://x.cn/1' }, null, ['a', 'd']],
    [{ from: '2024-03-02' }, null, ['a', 'b']], // from the start of that day
    [{ to: '2024-03-02' }, null, ['b', 'c', 'd']], // to the end of that day
    [{ from: '2024-03-02', to: '2024-03-02' }, null, ['b']],
    [{ from: 'garbage' }, null, ['a', 'b', 'c', 'd']],
    [{ tag: '民生' }, new Set(['c', 'd']), ['c']],
    [{}, new Set<string>(), []],
  ])('%j with search %j', (patch, matches, expected) => {
    expect(ids(filterAnnotations(records, { ...NO_FILTER, ...patch }, matches))).toEqual(expected);
  });

  test('isFiltered: any filter field or a search', () => {
    expect(isFiltered(NO_FILTER, null)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, tag: 'x' }, null)).toBe(true);
    expect(isFiltered(NO_FILTER, new Set())).toBe(true);
  });
});

describe('groupAnnotations', () => {
  test('reports, then pages, in order of first appearance; flattening gives the paging order', () => {
    const groups = groupAnnotations(records);
    expect(groups.map((g) => [g.reportKey, g.pages.map((p) => [p.url, ids(p.items)])])).toEqual([
      [
        'R1',
        [
          ['https://x.cn/1', ['a', 'd']],
          ['https://x.cn/3', ['c']],
        ],
      ],
      ['R2', [['https://x.cn/2', ['b']]]],
    ]);
    expect(ids(groupedOrder(records))).toEqual(['a', 'd', 'c', 'b']);
    // A prefix of the grouped order groups the same way: paging never reorders what is already shown.
    expect(ids(groupedOrder(groupedOrder(records).slice(0, 2)))).toEqual(['a', 'd']);
  });
});
