// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import type { Annotation } from '../storage/types';
import PageNotes, { type PageNotesProps } from './PageNotes';

afterEach(cleanup);

function note(id: string, fields: Partial<Annotation> = {}): Annotation {
  return {
    id,
    url: 'https://www.gov.cn/a.htm',
    title: '',
    reportKey: 'k',
    note: `批注${id}`,
    tags: [],
    color: 'yellow',
    created: 1,
    updated: 1,
    ...fields,
  };
}
const quoted = (exact: string, start: number) => ({
  quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
  position: {
    type: 'TextPositionSelector' as const,
    start,
    end: start + exact.length,
    codePointStart: start,
    codePointEnd: start + exact.length,
  },
});

const NOTES = [
  note('page', { note: '整页的看法', tags: ['民生'] }),
  note('a', { ...quoted('增长5%左右', 10), tags: ['GDP'] }),
  note('b', { ...quoted('新增就业1200万人', 50), note: '<img src=x onerror=alert(1)>', tags: ['就业', '民生'] }),
  note('lost', { ...quoted('已删去的原文', 80), tags: ['就业'] }),
];

function show(over: Partial<PageNotesProps> = {}) {
  const props: PageNotesProps = {
    status: 'ready',
    notes: NOTES,
    unplaced: new Set(['lost']),
    knownTags: [{ tag: '民生', count: 2 }],
    onPage: true,
    onAddPageNote: vi.fn(async () => true),
    onSave: vi.fn(),
    onDelete: vi.fn(),
    onUndo: vi.fn(),
    onReattach: vi.fn(),
    onOpenLibrary: vi.fn(),
    onExport: vi.fn(),
    ...over,
  };
  render(<PageNotes {...props} />);
  return props;
}

const listed = () =>
  within(screen.getByTestId('govmark-popup-notes-list'))
    .getAllByTestId('govmark-popup-note')
    .map((li) => li.dataset.noteId);

test('placed notes in reading order, unplaced ones apart with their quote; text shown as text', () => {
  show();
  expect(listed()).toEqual(['page', 'a', 'b']);
  const unplaced = screen.getByTestId('govmark-popup-unplaced');
  expect(within(unplaced).getByTestId('govmark-popup-note-quote').textContent).toBe('已删去的原文');
  expect(unplaced.textContent).toContain('notesUnplaced');
  const texts = screen.getAllByTestId('govmark-popup-note-text').map((p) => p.textContent);
  expect(texts).toContain('<img src=x onerror=alert(1)>');
  expect(document.querySelector('img')).toBeNull();
});

test('a page whose notes are all unplaced does not say it has none', () => {
  show({ notes: NOTES.filter((n) => n.id === 'lost') });
  expect(screen.queryByTestId('govmark-popup-notes-empty')).toBeNull();
  expect(within(screen.getByTestId('govmark-popup-unplaced')).getAllByTestId('govmark-popup-note')).toHaveLength(1);
});

test('a page without notes says so', () => {
  show({ notes: [], unplaced: new Set() });
  expect(screen.getByTestId('govmark-popup-notes-empty').textContent).toBe('notesEmpty');
});

test('filter by tag, unplaced notes included', () => {
  show();
  fireEvent.change(screen.getByTestId('govmark-popup-tag-filter'), { target: { value: '就业' } });
  expect(listed()).toEqual(['b']);
  expect(within(screen.getByTestId('govmark-popup-unplaced')).getAllByTestId('govmark-popup-note')).toHaveLength(1);
  fireEvent.change(screen.getByTestId('govmark-popup-tag-filter'), { target: { value: 'GDP' } });
  expect(listed()).toEqual(['a']);
  expect(screen.queryByTestId('govmark-popup-unplaced')).toBeNull();
});

test('edit saves text, tags and colour; delete and re-attach name the note', () => {
  const props = show();
  const item = screen.getAllByTestId('govmark-popup-note')[1] as HTMLElement;
  fireEvent.click(within(item).getByTestId('govmark-popup-note-edit'));
  fireEvent.input(within(item).getByTestId('govmark-popup-note-input'), { target: { value: '改过的' } });
  fireEvent.input(within(item).getByRole('combobox'), { target: { value: '新标签' } });
  fireEvent.click(within(item).getByRole('radio', { name: 'noteColorPink' }));
  fireEvent.click(within(item).getByTestId('govmark-popup-note-save'));
  expect(props.onSave).toHaveBeenCalledWith('a', { note: '改过的', tags: ['GDP', '新标签'], color: 'pink' });
  fireEvent.click(screen.getAllByTestId('govmark-popup-note-delete')[2] as HTMLElement);
  expect(props.onDelete).toHaveBeenCalledWith('b');
  fireEvent.click(screen.getByTestId('govmark-popup-reattach'));
  expect(props.onReattach).toHaveBeenCalledWith('lost');
});

test('re-attaching needs GovMark on the page', () => {
  show({ onPage: false });
  expect(screen.queryByTestId('govmark-popup-reattach')).toBeNull();
});

test('a page-level note with tags; library and export links; undo after a delete', async () => {
  const props = show({ deleted: NOTES[1] });
  fireEvent.input(screen.getByTestId('govmark-popup-page-note-text'), { target: { value: '整页：待核实' } });
  fireEvent.input(screen.getByTestId('govmark-popup-page-note-tags'), { target: { value: '待核实，民生' } });
  fireEvent.click(screen.getByTestId('govmark-popup-page-note-add'));
  expect(props.onAddPageNote).toHaveBeenCalledWith('整页：待核实', ['待核实', '民生'], expect.any(String));
  await waitFor(() =>
    expect((screen.getByTestId('govmark-popup-page-note-text') as HTMLTextAreaElement).value).toBe(''),
  );
  fireEvent.click(screen.getByTestId('govmark-popup-library'));
  expect(props.onOpenLibrary).toHaveBeenCalledOnce();
  fireEvent.click(screen.getByTestId('govmark-popup-export'));
  expect(props.onExport).toHaveBeenCalledOnce();
  fireEvent.click(screen.getByTestId('govmark-popup-undo'));
  expect(props.onUndo).toHaveBeenCalledOnce();
});

test('every control has a label', () => {
  show();
  for (const control of document.querySelectorAll('input, textarea, select')) {
    const id = control.getAttribute('id');
    const labelled = control.closest('label') || (id && document.querySelector(`label[for="${id}"]`));
    expect(labelled, control.outerHTML).toBeTruthy();
  }
});

test('a page note whose save fails keeps its text, and the retry sends the same id', async () => {
  const onAddPageNote = vi.fn(async () => false);
  show({ onAddPageNote });
  const text = () => screen.getByTestId('govmark-popup-page-note-text') as HTMLTextAreaElement;
  fireEvent.input(text(), { target: { value: '写了很久的批注' } });
  fireEvent.click(screen.getByTestId('govmark-popup-page-note-add'));
  await waitFor(() => expect(onAddPageNote).toHaveBeenCalledTimes(1));
  await waitFor(() =>
    expect((screen.getByTestId('govmark-popup-page-note-add') as HTMLButtonElement).disabled).toBe(false),
  );
  expect(text().value).toBe('写了很久的批注');

  onAddPageNote.mockResolvedValueOnce(true);
  fireEvent.click(screen.getByTestId('govmark-popup-page-note-add'));
  await waitFor(() => expect(text().value).toBe(''));
  const [first, second] = onAddPageNote.mock.calls as unknown as [string, string[], string][];
  expect(second?.[2]).toBe(first?.[2]);
});
