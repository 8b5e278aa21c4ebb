import { afterEach, beforeEach, expect, test } from 'vitest';
import type { GovMarkDB } from '../../storage/db';
import { putPage } from '../../storage/pages';
import { makeTestDb } from '../../tests/unit/fake-db';
import { twoYearsOfPages, URL_2022 } from '../../tests/unit/two-years';
import { answerPageIndicators } from './indicator-messages';

const self = { id: 'govmark', origin: 'chrome-extension://govmark/' };
let db: GovMarkDB;
beforeEach(async () => {
  db = makeTestDb();
  for (const page of twoYearsOfPages()) await putPage(db, page);
});
afterEach(() => db.close());

test('a report page gets last year’s goals for its own indicators, by its tab’s URL', async () => {
  const reply = await answerPageIndicators(
    db,
    { id: 'govmark', url: URL_2022, frameId: 0, tab: { url: URL_2022 } },
    self,
  );
  expect(reply.ok && reply.value?.goals.map((g) => g.goal.text)).toEqual(['6%以上', '1100万人以上', '1.3万亿斤以上']);
});

test.each([
  ['another extension', { id: 'other', url: URL_2022, tab: { url: URL_2022 } }],
  ['an extension page', { id: 'govmark', url: 'chrome-extension://govmark/library.html' }],
  ['no sender', undefined],
])('%s is refused', async (_name, sender) => {
  expect((await answerPageIndicators(db, sender, self)).ok).toBe(false);
});
