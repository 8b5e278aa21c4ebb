// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { NOTE_MAX_LENGTH } from '../storage/types';
import PageNoteForm from './PageNoteForm';

// Read as the Chinese UI shows it.
vi.mock('../utils/i18n', async () => ({ t: (await import('../tests/unit/translator')).translator('zh_CN') }));

afterEach(cleanup);

test('a note near the limit shows its length; past it, says so at once and is not saved', () => {
  const onAdd = vi.fn(async () => true);
  render(<PageNoteForm knownTags={[]} onAdd={onAdd} />);
  const text = screen.getByTestId('govmark-popup-page-note-text');
  const add = screen.getByTestId('govmark-popup-page-note-add') as HTMLButtonElement;

  fireEvent.input(text, { target: { value: 'x'.repeat(100) } });
  expect(screen.queryByTestId('govmark-note-length')).toBeNull();

  fireEvent.input(text, { target: { value: 'x'.repeat(NOTE_MAX_LENGTH - 10) } });
  expect(screen.getByRole('status').textContent).toContain(String(NOTE_MAX_LENGTH - 10));
  expect(add.disabled).toBe(false);

  fireEvent.input(text, { target: { value: 'x'.repeat(NOTE_MAX_LENGTH + 1) } });
  expect(screen.getByRole('alert').textContent).toContain(String(NOTE_MAX_LENGTH + 1));
  expect(add.disabled).toBe(true);
  fireEvent.submit(add.closest('form') as HTMLFormElement);
  expect(onAdd).not.toHaveBeenCalled();
  // Nothing typed is lost.
  expect((text as HTMLTextAreaElement).value).toHaveLength(NOTE_MAX_LENGTH + 1);
});
