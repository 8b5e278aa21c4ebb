import { expect, test } from 'vitest';
import { writeFailure } from './write-failure';

test.each([
  ['a DOMException', new DOMException('exceeded', 'QuotaExceededError'), 'storageFull'],
  [
    'Dexie’s wrapper',
    Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } }),
    'storageFull',
  ],
  ['a storage reply', new Error('notes:add: QuotaExceededError: quota'), 'storageFull'],
  ['a stopped worker', new Error('Could not establish connection.'), 'Could not establish connection.'],
])('%s', (_name, error, reason) => {
  expect(writeFailure(error)).toBe(reason);
});
