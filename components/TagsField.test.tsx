// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, expect, test } from 'vitest';
import TagsField, { type TagsValue, tagsOf } from './TagsField';

afterEach(cleanup);

const KNOWN = [
  { tag: '民生', count: 4 },
  { tag: '就业', count: 3 },
  { tag: '就业质量', count: 1 },
];
let last: TagsValue = { tags: [], draft: '' };

function Field() {
  const [value, setValue] = useState<TagsValue>({ tags: [], draft: '' });
  last = value;
  return <TagsField value={value} onChange={setValue} known={KNOWN} label="标签" testId="tags" />;
}

const input = () => screen.getByTestId('tags') as HTMLInputElement;
const chips = () => [...document.querySelectorAll('.gm-chip span')].map((c) => c.textContent);
const options = () => screen.queryAllByRole('option', { hidden: true }).map((o) => o.textContent);

test('comma, full-width comma, 顿号 and Enter finish tags; the draft is kept until then', async () => {
  render(<Field />);
  fireEvent.input(input(), { target: { value: '就业，待核' } });
  expect(chips()).toEqual(['就业']);
  expect(input().value).toBe('待核');
  fireEvent.input(input(), { target: { value: '待核实、GDP,' } });
  expect(chips()).toEqual(['就业', '待核实', 'GDP']);
  fireEvent.input(input(), { target: { value: '民生' } });
  expect(tagsOf(last)).toEqual(['就业', '待核实', 'GDP', '民生']);
  fireEvent.keyDown(input(), { key: 'Enter' });
  expect(chips()).toEqual(['就业', '待核实', 'GDP', '民生']);
  expect(input().value).toBe('');
});

test('Backspace on an empty draft takes the last tag back; × removes one', () => {
  render(<Field />);
  fireEvent.input(input(), { target: { value: '甲,乙,丙,' } });
  fireEvent.keyDown(input(), { key: 'Backspace' });
  expect(chips()).toEqual(['甲', '乙']);
  fireEvent.click(screen.getAllByRole('button')[0] as HTMLElement);
  expect(chips()).toEqual(['乙']);
});

test('existing tags are offered as one types and chosen with the arrow keys and Enter, or a click', () => {
  render(<Field />);
  fireEvent.focus(input());
  fireEvent.input(input(), { target: { value: '就' } });
  expect(options()).toEqual(['就业', '就业质量']);
  expect(input().getAttribute('aria-expanded')).toBe('true');
  fireEvent.keyDown(input(), { key: 'ArrowDown' });
  fireEvent.keyDown(input(), { key: 'ArrowDown' });
  expect(input().getAttribute('aria-activedescendant')).toMatch(/-1$/);
  fireEvent.keyDown(input(), { key: 'Enter' });
  expect(chips()).toEqual(['就业质量']);
  fireEvent.input(input(), { target: { value: '民' } });
  fireEvent.mouseDown(screen.getByRole('option', { name: '民生', hidden: true }));
  expect(chips()).toEqual(['就业质量', '民生']);
  expect(options()).not.toContain('民生');
});

test('with nothing typed the list stays closed (it must not cover the buttons) until arrow down opens it', () => {
  render(<Field />);
  fireEvent.focus(input());
  expect(options()).toEqual([]);
  fireEvent.keyDown(input(), { key: 'ArrowDown' });
  expect(options()).toEqual(['民生', '就业', '就业质量']);
  fireEvent.keyDown(input(), { key: 'ArrowDown' });
  fireEvent.keyDown(input(), { key: 'Enter' });
  expect(chips()).toEqual(['民生']);
  expect(options()).toEqual([]);
});
