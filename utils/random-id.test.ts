import { webcrypto } from 'node:crypto';
import { expect, test } from 'vitest';
import { randomId } from './random-id';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Crypto as an http:// page has it: getRandomValues only. */
const insecure = { getRandomValues: (a: Uint8Array) => webcrypto.getRandomValues(a) } as unknown as Crypto;

test('outside a secure context (no randomUUID, as on an http:// page) it is still a random v4 UUID', () => {
  const ids = new Set(Array.from({ length: 50 }, () => randomId(insecure)));
  expect(ids.size).toBe(50);
  for (const id of ids) expect(id).toMatch(UUID_V4);
});

test('the version and variant bits are set whatever the random bytes', () => {
  const ones = { getRandomValues: (a: Uint8Array) => a.fill(255) } as unknown as Crypto;
  expect(randomId(ones)).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
});

test('where randomUUID exists it is used', () => {
  expect(randomId({ getRandomValues: () => null as never, randomUUID: () => 'a-b-c-d-e' } as unknown as Crypto)).toBe(
    'a-b-c-d-e',
  );
});
