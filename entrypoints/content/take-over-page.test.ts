// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { scriptStartedEvent, takeOverPage } from './take-over-page';

const scope = {} as typeof globalThis;

test('a newer copy stops the older one; a forged content-script-started event stops neither', () => {
  const first = new ContentScriptContext('content');
  takeOverPage(first, scope);
  // What a page script can send: the event WXT listens for, with the extension id in its name.
  document.dispatchEvent(
    new CustomEvent(scriptStartedEvent(), { detail: { contentScriptName: 'content', messageId: 'forged' } }),
  );
  expect(first.isValid).toBe(true);

  const second = new ContentScriptContext('content');
  expect(first.isValid).toBe(true); // WXT's own event was stopped too: the newer copy does the stopping
  takeOverPage(second, scope);
  expect(first.isValid).toBe(false);
  expect(second.isValid).toBe(true);
  document.dispatchEvent(
    new CustomEvent(scriptStartedEvent(), { detail: { contentScriptName: 'content', messageId: 'x' } }),
  );
  expect(second.isValid).toBe(true);
  second.abort();
});
