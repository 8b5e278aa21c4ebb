/** The interactions a page script could fake to drive our UI (click, type, submit, pick, press keys). */
const DRIVEN = [
  'click',
  'dblclick',
  'auxclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'input',
  'beforeinput',
  'change',
  'submit',
  'keydown',
  'keyup',
  'keypress',
] as const;

export type IsTrusted = (event: Event) => boolean;

/** The browser's own word: the reader did this (unit tests, whose events are all synthetic, pass their own). */
export const isTrusted: IsTrusted = (event) => event.isTrusted;

/**
 * Makes every control under `root` answer only to the reader (issue 12): an event a script made
 * (`isTrusted` false: `button.click()`, `dispatchEvent`, `requestSubmit()`) is stopped in the capture
 * phase, before any of our handlers below, and its default action cancelled.
 */
export function trustedOnly(root: EventTarget, signal?: AbortSignal, trusted: IsTrusted = isTrusted): void {
  const stop = (event: Event) => {
    if (trusted(event)) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of DRIVEN) root.addEventListener(type, stop, { capture: true, signal });
}
