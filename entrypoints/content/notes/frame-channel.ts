import * as v from 'valibot';
import { ColorSchema, LIMITS } from '../../../storage/schemas';
import type { FrameCard, FromFrame, ToFrame } from '../../../utils/protocol-note-frame';
import type { CardActions } from './card-view';

// Loose bounds: a note over the storage limits must reach the background, which says why it refuses.
const Key = v.pipe(v.string(), v.maxLength(LIMITS.id * 2));
const FromFrameSchema = v.union([
  v.object({ type: v.literal('size'), height: v.pipe(v.number(), v.minValue(0), v.maxValue(10_000)) }),
  v.object({
    type: v.literal('save'),
    key: Key,
    values: v.object({
      note: v.pipe(v.string(), v.maxLength(LIMITS.note * 2)),
      tags: v.pipe(v.array(v.pipe(v.string(), v.maxLength(LIMITS.tag * 4))), v.maxLength(LIMITS.tags * 4)),
      color: ColorSchema,
    }),
  }),
  v.object({ type: v.picklist(['edit', 'delete', 'close']), key: Key }),
]);

/**
 * The content script's end of the MessagePort shared with the note frame: the card goes in, the reader's
 * actions come out, checked (the background checks the note itself again, with its own limits).
 */
export class FrameChannel {
  readonly #port: MessagePort;

  constructor(port: MessagePort, actions: CardActions, onSize: (height: number) => void) {
    this.#port = port;
    port.onmessage = (event: MessageEvent<unknown>) => {
      const parsed = v.safeParse(FromFrameSchema, event.data);
      if (!parsed.success) return;
      const message: FromFrame = parsed.output;
      if (message.type === 'size') onSize(message.height);
      else if (message.type === 'save') actions.save(message.key, message.values);
      else if (message.type === 'edit') actions.edit(message.key);
      else if (message.type === 'delete') actions.remove(message.key);
      else actions.close(message.key);
    };
  }

  send(card: FrameCard | null): void {
    this.#port.postMessage({ type: 'card', card } satisfies ToFrame);
  }

  close(): void {
    this.#port.onmessage = null;
    this.#port.close();
  }
}
