import { FRAME_HELLO, type FrameHello } from '../../utils/protocol-note-frame';

/**
 * The port our content script hands this frame: the first message from the embedding window that names
 * the token in the frame's own URL fragment (only the content script that made the frame knows it) and
 * carries a port. Anything else is ignored, so a page that embeds the frame itself gets nothing going.
 */
export function awaitPort(win: Window, token: string): Promise<MessagePort> {
  return new Promise((resolve) => {
    if (token.length < 16) return; // not made by our content script: stay blank and idle for good
    const listen = (event: MessageEvent) => {
      const hello = event.data as Partial<FrameHello> | null;
      const [port] = event.ports;
      if (event.source !== win.parent || hello?.type !== FRAME_HELLO || hello.token !== token || !port) return;
      win.removeEventListener('message', listen);
      resolve(port);
    };
    win.addEventListener('message', listen);
  });
}
