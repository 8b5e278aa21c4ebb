// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { FRAME_HELLO } from '../../utils/protocol-note-frame';
import { awaitPort } from './await-port';

const TOKEN = '3f2c1b8e-5d4a-4c3b-9a1f-0e2d3c4b5a69';

/** A message as the frame's window receives it: from `source`, with the ports transferred along. */
function deliver(data: unknown, source: unknown, ports: MessagePort[] = []) {
  window.dispatchEvent(new MessageEvent('message', { data, source: source as Window, ports }));
}

test('the frame takes a port only with its own token, from the window that embeds it', async () => {
  const parent = window.parent;
  let got: MessagePort | undefined;
  void awaitPort(window, TOKEN).then((port) => {
    got = port;
  });
  const forged = new MessageChannel();
  const ours = new MessageChannel();
  deliver({ type: FRAME_HELLO, token: 'guessed' }, parent, [forged.port2]);
  deliver({ type: FRAME_HELLO, token: TOKEN }, {}, [forged.port2]); // another window
  deliver({ type: FRAME_HELLO, token: TOKEN }, parent); // no port
  await Promise.resolve();
  expect(got).toBeUndefined();
  deliver({ type: FRAME_HELLO, token: TOKEN }, parent, [ours.port2]);
  await Promise.resolve();
  expect(got).toBe(ours.port2);
  for (const channel of [forged, ours]) channel.port1.close();
});

test('a frame opened without a token (a page embedding it) never takes a port', async () => {
  let got = false;
  void awaitPort(window, '').then(() => {
    got = true;
  });
  const channel = new MessageChannel();
  deliver({ type: FRAME_HELLO, token: '' }, window.parent, [channel.port2]);
  await Promise.resolve();
  expect(got).toBe(false);
  channel.port1.close();
});
