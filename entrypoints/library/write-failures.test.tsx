// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { getAnnotation } from '../../storage/annotations';
import { makeAnnotation } from '../../tests/fixtures/annotations';
import { makeTestDb } from '../../tests/unit/fake-db';
import App from './App';

afterEach(cleanup);

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

async function openWith(note = '原来的批注') {
  const db = makeTestDb();
  const record = makeAnnotation({ note });
  await db.annotations.put(record);
  render(<App db={db} search="" download={vi.fn()} />);
  const card = await screen.findByTestId('govmark-annotation');
  return { db, record, card };
}

test('an edit refused by a full disk says so on its card and keeps the typed text', async () => {
  const { db, record, card } = await openWith();
  vi.spyOn(db.annotations, 'put').mockRejectedValue(quotaError());
  fireEvent.click(within(card).getByTestId('govmark-edit'));
  fireEvent.input(within(card).getByTestId('govmark-edit-note'), { target: { value: '新写的一大段' } });
  fireEvent.click(within(card).getByTestId('govmark-edit-save'));
  const alert = await within(card).findByTestId('govmark-annotation-error');
  expect(alert.textContent).toContain('libraryEditFailed');
  expect((within(card).getByTestId('govmark-edit-note') as HTMLTextAreaElement).value).toBe('新写的一大段');
  expect((await getAnnotation(db, record.id))?.note).toBe('原来的批注');
});

test('an edit past the limit is refused as it is typed, with the limit named, and nothing is stored', async () => {
  const { db, record, card } = await openWith();
  fireEvent.click(within(card).getByTestId('govmark-edit'));
  fireEvent.input(within(card).getByTestId('govmark-edit-note'), { target: { value: '字'.repeat(25_000) } });
  expect(within(card).getByTestId('govmark-note-length').getAttribute('role')).toBe('alert');
  const save = within(card).getByTestId('govmark-edit-save') as HTMLButtonElement;
  expect(save.disabled).toBe(true);
  fireEvent.submit(save.closest('form') as HTMLFormElement);
  expect((within(card).getByTestId('govmark-edit-note') as HTMLTextAreaElement).value).toHaveLength(25_000);
  expect((await getAnnotation(db, record.id))?.note).toBe('原来的批注');
});

test('a delete refused by a full disk says so on its card, which stays', async () => {
  const { db, record, card } = await openWith();
  vi.spyOn(db.annotations, 'delete').mockRejectedValue(quotaError());
  fireEvent.click(within(card).getByTestId('govmark-delete'));
  await within(card).findByTestId('govmark-annotation-error');
  await waitFor(() => expect(screen.getAllByTestId('govmark-annotation')).toHaveLength(1));
  expect(await getAnnotation(db, record.id)).toEqual(record);
});
