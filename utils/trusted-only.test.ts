// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest';
import { trustedOnly } from './trusted-only';

function shadowButton(trusted?: (event: Event) => boolean) {
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'open' });
  const form = document.createElement('form');
  const button = document.createElement('button');
  form.append(button);
  shadow.append(form);
  document.body.append(host);
  trustedOnly(shadow, undefined, trusted);
  const clicked = vi.fn();
  const submitted = vi.fn((event: Event) => event.preventDefault());
  button.addEventListener('click', clicked);
  form.addEventListener('submit', submitted);
  return { button, form, clicked, submitted };
}

test('a page script’s click, submit or typing reaches none of our handlers', () => {
  const { button, form, clicked, submitted } = shadowButton();
  button.click();
  button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  expect(clicked).not.toHaveBeenCalled();
  expect(submitted).not.toHaveBeenCalled();
});

test('what the reader does passes (here every event counts as the reader’s)', () => {
  const { button, clicked } = shadowButton(() => true);
  button.click();
  expect(clicked).toHaveBeenCalledOnce();
});
