// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { hiddenByPage } from './hidden-by-page';

afterEach(() => {
  document.documentElement.removeAttribute('style');
  document.body.innerHTML = '';
});

/** A card-sized element beside <body>, as the note card's host is; happy-dom lays nothing out, so its box is given. */
function card(style = ''): HTMLElement {
  const host = document.createElement('govmark-note-card');
  host.setAttribute('style', style);
  host.getBoundingClientRect = () => DOMRect.fromRect({ x: 10, y: 10, width: 332, height: 200 });
  document.documentElement.append(host);
  return host;
}

test('a card shown as it is, on a page gone grey for a day of mourning, is the reader’s', () => {
  expect(hiddenByPage(card(), 320, 40)).toBe(false);
  document.documentElement.style.filter = 'grayscale(100%)';
  expect(hiddenByPage(card(), 320, 40)).toBe(false);
});

test.each([
  ['faded', 'opacity:0'],
  ['nearly faded', 'opacity:0.05'],
  ['filtered away', 'filter:opacity(0)'],
  ['clipped', 'clip-path:inset(50%)'],
  ['hidden', 'visibility:hidden'],
  ['blended away', 'mix-blend-mode:multiply'],
])('a card the page %s is not', (_how, style) => {
  expect(hiddenByPage(card(style), 320, 40)).toBe(true);
});

test('nor one under a faded page, one shown smaller than itself, or one taken off the page', () => {
  const host = card();
  document.documentElement.style.opacity = '0';
  expect(hiddenByPage(host, 320, 40)).toBe(true);
  document.documentElement.removeAttribute('style');
  host.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width: 33, height: 20 });
  expect(hiddenByPage(host, 320, 40)).toBe(true);
  host.remove();
  expect(hiddenByPage(host, 320, 40)).toBe(true);
});
