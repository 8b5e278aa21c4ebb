import { expect, test } from 'vitest';
import { describePages } from './describe-pages';

test.each([
  [{ page: '08', continuedFrom: '07', continuesOn: '09' }, '第08版，上接07版，下转09版'],
  [{ page: '第08版', continuedFrom: '上接07版' }, '第08版，上接07版'],
  [{ continuesOn: '09版' }, '下转09版'],
  [{}, ''],
  [undefined, ''],
])('describePages %j -> %s', (pages, expected) => {
  expect(describePages(pages)).toBe(expected);
});
