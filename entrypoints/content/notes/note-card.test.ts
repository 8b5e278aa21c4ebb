// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import type { NoteUiProps } from './NoteUi';
import { NoteCard, type NoteCardActions, type Selected } from './note-card';
import type { NoteUiHost } from './note-ui-host';

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  document.body.innerHTML = '';
});

function cardWithFakes() {
  const rendered: NoteUiProps[] = [];
  const host = { render: (props: NoteUiProps) => rendered.push(props) } as unknown as NoteUiHost;
  const actions = { url: () => 'https://www.gov.cn/a.htm' } as NoteCardActions;
  const card = new NoteCard(document, host, actions, () => ({
    show: vi.fn(),
    hide: vi.fn(),
    remove: vi.fn(),
  }));
  return { card, rendered };
}

function selectWords(): Selected {
  document.body.innerHTML = '<p>城镇新增就业1200万人以上</p>';
  const range = document.createRange();
  range.selectNodeContents(document.body.firstChild as Node);
  document.getSelection()?.addRange(range);
  return { start: 0, end: 14, text: '城镇新增就业1200万人以上', box: { left: 10, top: 10, right: 100, bottom: 30 } };
}

test('a new note cancelled with its words still selected offers the button for them again', () => {
  const { card, rendered } = cardWithFakes();
  const selected = selectWords();
  card.openNew(selected);
  expect(rendered.at(-1)?.addButton).toBeUndefined();
  card.close(); // what the frame's Cancel and Escape come to
  expect(rendered.at(-1)?.addButton).toBeDefined();
});

test('closed once the words are no longer selected, no button is offered', () => {
  const { card, rendered } = cardWithFakes();
  const selected = selectWords();
  card.openNew(selected);
  document.getSelection()?.removeAllRanges();
  card.close();
  expect(rendered.at(-1)?.addButton).toBeUndefined();
});

test('a saved note opened from its margin marker gives the keyboard focus back to it when closed', () => {
  const rendered: NoteUiProps[] = [];
  const host = { render: (props: NoteUiProps) => rendered.push(props) } as unknown as NoteUiHost;
  const actions = { url: () => 'https://www.gov.cn/a.htm', note: () => ({ id: 'n1' }) } as unknown as NoteCardActions;
  const card = new NoteCard(document, host, actions, () => ({ show: vi.fn(), hide: vi.fn(), remove: vi.fn() }));
  const marker = document.createElement('button');
  document.body.append(marker, document.createElement('input'));
  (document.body.lastElementChild as HTMLElement).focus(); // the card's frame has the focus meanwhile
  card.openSaved('n1', { left: 0, top: 0, right: 10, bottom: 10 }, marker);
  card.close();
  expect(document.activeElement).toBe(marker);
});
