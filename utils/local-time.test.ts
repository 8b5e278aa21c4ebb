import { expect, test } from 'vitest';
import { localIsoTime } from './local-time';

test.each([
  [480, '2026-03-05T14:30:00+08:00'],
  [0, '2026-03-05T06:30:00+00:00'],
  [-330, '2026-03-05T01:00:00-05:30'],
])('localIsoTime at offset %d minutes', (offset, text) => {
  expect(localIsoTime(Date.UTC(2026, 2, 5, 6, 30), offset)).toBe(text);
});
