import { expect, test, vi } from 'vitest';
import type { PageStatus } from '../../utils/protocol-content';
import { contentHandlers } from './content-messages';

const STATUS: PageStatus = {
  isReport: true,
  confidence: 0.9,
  reasons: [],
  counts: { goal: 1, past: 0, other: 0, agency: 0 },
  visible: { goal: true, past: true, other: true, agency: true },
  siteDisabled: false,
};

function fakePage() {
  return {
    status: vi.fn(() => STATUS),
    setCategoryVisible: vi.fn(async () => STATUS),
    analyzeNow: vi.fn(async () => STATUS),
    setSiteDisabled: vi.fn(async () => STATUS),
  };
}

test('well-formed requests reach the page', async () => {
  const page = fakePage();
  const handlers = contentHandlers(page);
  expect(handlers.getPageStatus()).toBe(STATUS);
  expect(await handlers.setCategoryVisible({ category: 'agency', visible: false })).toBe(STATUS);
  expect(page.setCategoryVisible).toHaveBeenCalledWith('agency', false);
  expect(await handlers.setSiteDisabled({ disabled: true })).toBe(STATUS);
  expect(page.setSiteDisabled).toHaveBeenCalledWith(true);
  expect(await handlers.analyzeNow(undefined)).toBe(STATUS);
  expect(page.analyzeNow).toHaveBeenLastCalledWith(false);
  expect(await handlers.analyzeNow({ asReport: true })).toBe(STATUS);
  expect(page.analyzeNow).toHaveBeenLastCalledWith(true);
});

test.each([
  ['setCategoryVisible', { category: 'notes', visible: true }],
  ['setCategoryVisible', { category: 'goal', visible: 'yes' }],
  ['setCategoryVisible', undefined],
  ['setSiteDisabled', { disabled: 1 }],
  ['setSiteDisabled', null],
  ['analyzeNow', { asReport: 'yes' }],
] as const)('%s rejects %j without touching the page', async (name, data) => {
  const page = fakePage();
  const reply = await contentHandlers(page)[name](data);
  expect(reply).toMatchObject({ ok: false, error: expect.stringContaining(name) });
  expect(page.setCategoryVisible).not.toHaveBeenCalled();
  expect(page.setSiteDisabled).not.toHaveBeenCalled();
  expect(page.analyzeNow).not.toHaveBeenCalled();
});

test('a failure inside the page comes back as { ok: false, error }', async () => {
  const page = fakePage();
  page.analyzeNow.mockRejectedValueOnce(new Error('boom'));
  expect(await contentHandlers(page).analyzeNow(undefined)).toEqual({ ok: false, error: 'boom' });
});
