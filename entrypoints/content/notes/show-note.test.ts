// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { rememberNoteMark } from './note-marks';
import { FLASH_CLASS, showNote } from './show-note';

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

test('scrolls the first mark of the note into view and flashes all its marks for a moment', () => {
  vi.useFakeTimers();
  document.body.innerHTML =
    '<p><mark data-govmark="note">新增</mark><b><mark data-govmark="note">就业</mark></b>' +
    '<mark data-govmark="note">其他</mark></p>';
  // Marks carry no note id (issue 12): the content script keeps which note each belongs to.
  for (const [i, mark] of [...document.querySelectorAll('mark')].entries()) rememberNoteMark(mark, i < 2 ? 'a' : 'b');
  const scrolled: Element[] = [];
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
  expect(showNote('a')).toBe(true);
  const [first, second, other] = document.querySelectorAll('mark');
  expect(scrolled).toEqual([first]);
  expect([first, second, other].map((m) => m?.classList.contains(FLASH_CLASS))).toEqual([true, true, false]);
  vi.runAllTimers();
  expect(document.querySelectorAll(`.${FLASH_CLASS}`)).toHaveLength(0);
});

test('a note without marks (its words are gone) is not shown', () => {
  document.body.innerHTML = '<p>正文</p>';
  expect(showNote('a')).toBe(false);
});
