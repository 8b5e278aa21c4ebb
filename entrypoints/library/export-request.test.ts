import { expect, test } from 'vitest';
import { parseExportRequest } from './export-request';

test.each([
  [
    '?export=json&url=https%3A%2F%2Fwww.gov.cn%2Fa.htm%3Futm_source%3Dx%23p2',
    { kind: 'json', url: 'https://www.gov.cn/a.htm' },
  ],
  ['?export=csv&url=http://example.cn/x', { kind: 'csv', url: 'http://example.cn/x' }],
  ['?export=md&url=https://a.cn/', { kind: 'md', url: 'https://a.cn/' }],
  ['?export=pdf&url=https://a.cn/', null],
  ['?export=json', null],
  ['?export=json&url=javascript:alert(1)', null],
  ['', null],
])('%s', (search, expected) => {
  expect(parseExportRequest(search)).toEqual(expected);
});
