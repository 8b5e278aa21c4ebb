import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TagCount } from '../../storage/tags';
import type { Annotation } from '../../storage/types';
import type { FrameCard, FromFrame, ToFrame } from '../../utils/protocol-note-frame';
import type { FrameData } from './frame-data';
import NoteEditor from './NoteEditor';

export interface NoteFrameAppProps {
  /** The content script's end of the channel: what to show comes in, what the reader did goes out. */
  port: MessagePort;
  data: FrameData;
}

/** A saved note as read from the background for one card. */
interface Loaded {
  id: string;
  note: Annotation | undefined;
}

/**
 * The note card inside GovMark's own frame: it shows what the content script asks for (a new note, a
 * saved one to read or edit), reads the note and the tag suggestions from the background, and sends back
 * only what the reader did. Its height goes back too, so the page's iframe fits it.
 */
export default function NoteFrameApp({ port, data }: NoteFrameAppProps) {
  const [card, setCard] = useState<FrameCard | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [tags, setTags] = useState<TagCount[]>([]);
  const box = useRef<HTMLDivElement>(null);
  const send = (message: FromFrame) => port.postMessage(message);

  useEffect(() => {
    port.onmessage = (event: MessageEvent<ToFrame>) => {
      if (event.data?.type === 'card') setCard(event.data.card ?? null);
    };
    return () => {
      port.onmessage = null;
    };
  }, [port]);

  const id = card?.id;
  const url = card?.url;
  const revision = card?.revision;
  useEffect(() => {
    if (!url) return;
    let live = true;
    data.tags().then(
      (known) => live && setTags(known),
      () => {}, // no suggestions is no reason to stop the reader writing
    );
    if (id) {
      data.note(url, id).then(
        (note) => live && setLoaded({ id, note }),
        () => live && setLoaded({ id, note: undefined }),
      );
    }
    return () => {
      live = false;
    };
  }, [url, id, revision, data]);

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const report = () => send({ type: 'size', height: Math.ceil(element.getBoundingClientRect().height) });
    report();
    const observer = new ResizeObserver(report);
    observer.observe(element);
    return () => observer.disconnect();
  }, [port]);

  const note = card?.id && loaded?.id === card.id ? loaded : null;
  // A saved note that is not this page's (deleted meanwhile) has nothing to show: the card closes.
  useEffect(() => {
    if (card?.id && note && !note.note) send({ type: 'close', key: card.key });
  }, [card?.key, note]);

  const ready = card && (card.mode === 'new' || note?.note);
  return (
    <div class="frame" ref={box}>
      {card && ready ? (
        <NoteEditor
          key={card.key}
          mode={card.mode}
          quote={card.mode === 'new' ? card.quote : note?.note?.quote?.exact}
          note={note?.note}
          knownTags={tags}
          busy={card.busy}
          error={card.error}
          onSave={(values) => send({ type: 'save', key: card.key, values })}
          onEdit={() => send({ type: 'edit', key: card.key })}
          onDelete={() => send({ type: 'delete', key: card.key })}
          onClose={() => send({ type: 'close', key: card.key })}
        />
      ) : null}
    </div>
  );
}
