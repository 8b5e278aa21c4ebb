import { expect, test, vi } from 'vitest';
import { FrameChannel } from './frame-channel';
import { frameOrigins } from './note-frame-host';

const nextMessage = (port: MessagePort) =>
  new Promise<unknown>((resolve) => {
    port.onmessage = (event) => resolve(event.data);
  });

test('the reader’s actions come out of the frame checked; anything malformed is dropped', async () => {
  const { port1, port2 } = new MessageChannel();
  const actions = { save: vi.fn(), edit: vi.fn(), remove: vi.fn(), close: vi.fn() };
  const sizes: number[] = [];
  const channel = new FrameChannel(port1, actions, (height) => sizes.push(height));
  port2.postMessage({ type: 'save', key: 'k', values: { note: '<b>x</b>', tags: ['a'], color: 'purple' } });
  port2.postMessage({ type: 'save', key: 'k', values: { note: 'x', tags: ['a'], color: 'black' } });
  port2.postMessage({ type: 'delete' });
  port2.postMessage({ type: 'delete', key: 'k' });
  port2.postMessage({ type: 'size', height: 212 });
  port2.postMessage('close');
  await vi.waitFor(() => expect(sizes).toEqual([212]));
  expect(actions.save).toHaveBeenCalledExactlyOnceWith('k', { note: '<b>x</b>', tags: ['a'], color: 'purple' });
  expect(actions.remove).toHaveBeenCalledExactlyOnceWith('k');
  expect(actions.close).not.toHaveBeenCalled();

  const sent = nextMessage(port2);
  channel.send({ key: 'k', mode: 'view', url: 'https://www.gov.cn/a', id: 'n1' });
  expect(await sent).toEqual({ type: 'card', card: { key: 'k', mode: 'view', url: 'https://www.gov.cn/a', id: 'n1' } });
  channel.close();
  port2.close();
});

test.each([
  [
    'Chrome’s dynamic URL: also the static origin it is served from',
    'chrome-extension://0f1e-dyn/note-frame.html#t',
    ['chrome-extension://0f1e-dyn', 'chrome-extension://abcdef'],
  ],
  ['Chrome’s static URL', 'chrome-extension://abcdef/note-frame.html#t', ['chrome-extension://abcdef']],
  ['Firefox', 'moz-extension://5b2c-uuid/note-frame.html#t', ['moz-extension://5b2c-uuid']],
])('the frame’s possible origins: %s', (_name, src, expected) => {
  expect(frameOrigins(src, 'abcdef')).toEqual(expected);
});
