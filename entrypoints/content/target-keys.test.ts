// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { attachTargetKeys } from './target-keys';

let stop = new AbortController();
afterEach(() => {
  // Each test's listeners go with it: the next one's document answers only its own.
  stop.abort();
  stop = new AbortController();
  document.body.innerHTML = '';
});

function page() {
  document.body.innerHTML =
    '<a href="#">before</a><p>' +
    ['t1', 't2', 't2', 't3']
      .map((id, i) => `<mark data-govmark="target" data-govmark-id="${id}">${i}</mark>`)
      .join('') +
    '</p><a href="#">after</a>';
  // This DOM's events are all synthetic: here they count as the reader's.
  attachTargetKeys(document, stop.signal, () => true);
  return [...document.querySelectorAll<HTMLElement>('mark')];
}
const press = (target: Element, key: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
const stops = () => [...document.querySelectorAll<HTMLElement>('mark')].map((m) => m.tabIndex);

test('the highlights are one tab stop: the first target, until the reader moves on', () => {
  page();
  press(document.body, 'Tab');
  expect(stops()).toEqual([0, -1, -1, -1]);
});

test('arrows move among findings (a split finding is one), Home and End go to the ends', () => {
  const [t1, t2, , t3] = page();
  t1?.focus();
  press(t1 as HTMLElement, 'ArrowRight');
  expect(document.activeElement).toBe(t2);
  press(t2 as HTMLElement, 'ArrowDown');
  expect(document.activeElement).toBe(t3);
  press(t3 as HTMLElement, 'ArrowRight');
  expect(document.activeElement).toBe(t3);
  press(t3 as HTMLElement, 'Home');
  expect(document.activeElement).toBe(t1);
  press(t1 as HTMLElement, 'End');
  expect(document.activeElement).toBe(t3);
  press(t3 as HTMLElement, 'ArrowLeft');
  expect(document.activeElement).toBe(t2);
  // Tab from here: the stop stays where the reader was, so Shift+Tab comes back to it.
  press(t2 as HTMLElement, 'Tab');
  expect(stops()).toEqual([-1, 0, -1, -1]);
});

test('the stop is given back when focus leaves the highlights, not when it moves among them', () => {
  const [t1, t2] = page();
  const withIndex = () => [...document.querySelectorAll('mark')].filter((m) => m.hasAttribute('tabindex')).length;
  expect(withIndex()).toBe(0);
  press(document.body, 'Tab');
  t1?.focus();
  press(t1 as HTMLElement, 'ArrowRight');
  expect(document.activeElement).toBe(t2);
  expect(withIndex()).toBe(1);
  document.querySelector<HTMLElement>('a:last-of-type')?.focus();
  // No mark keeps a tab index: a mouse drag may start on any of them (Chromium selects nothing from one).
  expect(withIndex()).toBe(0);
  // Shift+Tab comes back to the target the reader left.
  press(document.activeElement as HTMLElement, 'Tab');
  expect(stops()).toEqual([-1, 0, -1, -1]);
});

test('keys a page script makes up move nothing', () => {
  document.body.innerHTML =
    '<p><mark data-govmark="target" data-govmark-id="t1">1</mark><mark data-govmark="target" data-govmark-id="t2">2</mark></p>';
  attachTargetKeys(document, stop.signal, (event) => event.isTrusted);
  const [t1] = [...document.querySelectorAll<HTMLElement>('mark')];
  t1?.setAttribute('tabindex', '0');
  t1?.focus();
  press(t1 as HTMLElement, 'ArrowRight');
  expect(document.activeElement).toBe(t1);
});
