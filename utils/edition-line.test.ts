import { expect, test } from 'vitest';
import { translator } from '../tests/unit/translator';
import { editionLine } from './edition-line';

test.each([
  [
    { page: '08', continuedFrom: '07', continuesOn: '09' },
    '第08版，上接07版，下转09版',
    'page 08, continued from page 07, continues on page 09',
  ],
  [{ page: '第08版', continuedFrom: '上接07版' }, '第08版，上接07版', 'page 08, continued from page 07'],
  [{ continuesOn: '下转09版' }, '下转09版', 'continues on page 09'],
  [{}, '', ''],
  [undefined, '', ''],
])('editionLine(%j) in each UI language', (pages, zh, en) => {
  expect(editionLine(pages, translator('zh_CN'))).toBe(zh);
  expect(editionLine(pages, translator('en'))).toBe(en);
});
