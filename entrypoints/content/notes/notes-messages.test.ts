import { expect, test, vi } from 'vitest';
import type { Annotation } from '../../../storage/types';
import type { PageNotesState } from '../../../utils/protocol-notes';
import { pageNotesHandlers } from './notes-messages';

const STATE: PageNotesState = {
  url: 'https://www.gov.cn/a.htm',
  title: '',
  reportKey: 'k',
  active: true,
  unplaced: [],
};

function fakeNotes() {
  return {
    openEditorForSelection: vi.fn(() => true),
    state: vi.fn(async () => STATE),
    refresh: vi.fn(async () => STATE),
    reattach: vi.fn(async (id: string) => ({ id }) as Annotation),
    show: vi.fn(async (id: string) => id === 'placed'),
  };
}

test('well-formed requests reach the page’s notes', async () => {
  const notes = fakeNotes();
  const handlers = pageNotesHandlers(notes);
  expect(await handlers.openEditor()).toEqual({ ok: true, value: { opened: true } });
  expect(await handlers.state()).toBe(STATE);
  expect(await handlers.reattach({ id: 'n1' })).toEqual({ ok: true, value: { id: 'n1' } });
  expect(notes.reattach).toHaveBeenCalledWith('n1');
});

test('show answers whether the note was placed; a malformed id is refused', async () => {
  const notes = fakeNotes();
  const handlers = pageNotesHandlers(notes);
  expect(await handlers.show({ id: 'placed' })).toEqual({ ok: true, value: { placed: true } });
  expect(await handlers.show({ id: 'gone' })).toEqual({ ok: true, value: { placed: false } });
  expect(await handlers.show({ id: 7 })).toMatchObject({ ok: false, error: expect.stringContaining('show') });
  expect(notes.show).toHaveBeenCalledTimes(2);
});

test.each([undefined, null, {}, { id: '' }, { id: 7 }, { id: 'x'.repeat(300) }])(
  'reattach refuses %j without touching the notes',
  async (data) => {
    const notes = fakeNotes();
    expect(await pageNotesHandlers(notes).reattach(data)).toMatchObject({
      ok: false,
      error: expect.stringContaining('reattach'),
    });
    expect(notes.reattach).not.toHaveBeenCalled();
  },
);

test('failures come back as { ok: false, error }', async () => {
  const notes = fakeNotes();
  notes.reattach.mockRejectedValueOnce(new Error('select text first'));
  notes.openEditorForSelection.mockImplementationOnce(() => {
    throw new Error('boom');
  });
  expect(await pageNotesHandlers(notes).reattach({ id: 'n1' })).toEqual({ ok: false, error: 'select text first' });
  expect(await pageNotesHandlers(notes).openEditor()).toEqual({ ok: false, error: 'boom' });
});
