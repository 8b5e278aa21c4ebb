import { describe, expect, test } from 'vitest';
import { joinTargetsWithNotes } from '../../storage/join-targets-with-notes';
import { makeAnnotation } from '../../tests/fixtures/annotations';
import { libraryPages } from '../../tests/unit/library-pages';
import { filterTargetRows, sortTargetRows } from './target-rows';

const rows = joinTargetsWithNotes(libraryPages(), [makeAnnotation({ note: '偏低', tags: ['民生'] })]);
const texts = (list: { text: string }[]) => list.map((r) => r.text);

describe('sortTargetRows', () => {
  test.each([
    [
      'value',
      'ascending',
      [
        '城镇调查失业率5.5%左右',
        '地区生产总值增长6%',
        '新增婴幼儿托位1.5万个',
        '城镇新增就业1200万人以上',
        '粮食产量稳定在两位数',
      ],
    ],
    [
      'value',
      'descending',
      [
        '城镇新增就业1200万人以上',
        '新增婴幼儿托位1.5万个',
        '地区生产总值增长6%',
        '城镇调查失业率5.5%左右',
        '粮食产量稳定在两位数',
      ],
    ],
    [
      'kind',
      'ascending',
      [
        '新增婴幼儿托位1.5万个',
        '城镇调查失业率5.5%左右',
        '城镇新增就业1200万人以上',
        '地区生产总值增长6%',
        '粮食产量稳定在两位数',
      ],
    ],
    [
      'notes',
      'ascending',
      [
        '新增婴幼儿托位1.5万个',
        '地区生产总值增长6%',
        '粮食产量稳定在两位数',
        '城镇调查失业率5.5%左右',
        '城镇新增就业1200万人以上',
      ],
    ],
    [
      'position',
      'ascending',
      [
        '地区生产总值增长6%',
        '新增婴幼儿托位1.5万个',
        '粮食产量稳定在两位数',
        '城镇调查失业率5.5%左右',
        '城镇新增就业1200万人以上',
      ],
    ],
  ] as const)('by %s, %s', (key, direction, expected) => {
    expect(texts(sortTargetRows(rows, key, direction))).toEqual(expected);
  });

  test('does not change its input', () => {
    const before = texts(rows);
    sortTargetRows(rows, 'value', 'descending');
    expect(texts(rows)).toEqual(before);
  });
});

describe('filterTargetRows', () => {
  test.each([
    [{ kind: 'past', text: '' }, ['地区生产总值增长6%']],
    [{ kind: '', text: '失业' }, ['城镇调查失业率5.5%左右']],
    [{ kind: '', text: '卫生健康委' }, ['新增婴幼儿托位1.5万个']], // agency
    [{ kind: '', text: '偏低' }, ['新增婴幼儿托位1.5万个']], // the reader's note
    [{ kind: '', text: '民生' }, ['新增婴幼儿托位1.5万个']], // a tag
    [{ kind: 'goal', text: '城镇' }, ['城镇调查失业率5.5%左右', '城镇新增就业1200万人以上']],
    [{ kind: 'other', text: '失业' }, []],
  ] as const)('%j', (filter, expected) => {
    expect(texts(filterTargetRows(rows, filter))).toEqual(expected);
  });
});
