import type { Annotation } from '../../../storage/types';
import { t } from '../../../utils/i18n';
import type { FrameCard, NoteValues } from '../../../utils/protocol-note-frame';
import type { CardView, CardViewFactory } from './card-view';
import type { NoteUiProps, Spot } from './NoteUi';
import type { NoteUiHost } from './note-ui-host';
import { type Box, spotBelow } from './placement';

/** Words the reader selected: a span of the main text as it was then, and where they are on the page. */
export interface Selected {
  start: number;
  end: number;
  text: string;
  /** The selection's last line box, in document coordinates. */
  box: Box;
}

type Card =
  | { kind: 'new'; key: string; selected: Selected; spot: Spot; busy?: boolean; error?: string }
  | {
      kind: 'view' | 'edit';
      key: string;
      id: string;
      spot: Spot;
      busy?: boolean;
      error?: string;
      revision?: number;
      /** What opened it (a margin marker): given the keyboard focus back when the card closes. */
      from?: HTMLElement;
    };

export interface NoteCardActions {
  /** Stores a new note for the selected words; rejects with a reason the card shows. */
  add(selected: Selected, values: NoteValues): Promise<void>;
  update(id: string, values: NoteValues): Promise<void>;
  remove(id: string): Promise<void>;
  note(id: string): Annotation | undefined;
  /** The page's normalised URL, as its notes are filed. */
  url(): string;
}

/** About the width of the "批注" button, to centre it under the selection's end. */
const BUTTON_WIDTH = 56;
let cards = 0;

/**
 * The "批注" button beside a selection (our open shadow root) and the note card (new, read, edit) in
 * GovMark's frame: what is open, and showing it. The card names the note, never carries its words: the
 * frame reads them from the background. Saving and deleting go to `actions`; a failure leaves the card
 * open as it was, with what the reader typed.
 */
export class NoteCard {
  readonly #doc: Document;
  readonly #host: NoteUiHost;
  readonly #actions: NoteCardActions;
  readonly #view: CardView;
  #button: Selected | null = null;
  #card: Card | null = null;

  constructor(doc: Document, host: NoteUiHost, actions: NoteCardActions, view: CardViewFactory) {
    this.#doc = doc;
    this.#host = host;
    this.#actions = actions;
    this.#view = view({
      save: (key, values) => this.#save(key, values),
      edit: (key) => this.#edit(key),
      remove: (key) => this.#remove(key),
      close: (key) => this.#card?.key === key && this.close(),
    });
  }

  /** Shows the button for a selection, or (null) takes it away. */
  showButton(selected: Selected | null): void {
    if (!selected && !this.#button) return;
    this.#button = selected;
    this.#render();
  }

  openNew(selected: Selected): void {
    this.#button = null;
    this.#card = { kind: 'new', key: `new-${++cards}`, selected, spot: spotBelow(selected.box, this.#doc) };
    this.#render();
  }

  /** Opens a saved note to read, below `near` (its highlight or marker); `from` gets the focus back on close. */
  openSaved(id: string, near: Box, from?: HTMLElement): void {
    if (!this.#actions.note(id)) return;
    this.#button = null;
    const spot = spotBelow(near, this.#doc);
    this.#card = { kind: 'view', key: `note-${id}-${++cards}`, id, spot, ...(from ? { from } : {}) };
    this.#render();
  }

  /**
   * The page's notes were read again after a write elsewhere (library, popup, another tab): an open saved
   * note is read again by the frame, or closes when it is gone. A new note's card has nothing to re-read.
   */
  reread(): void {
    const card = this.#card;
    if (!card || card.kind === 'new') return;
    if (!this.#actions.note(card.id)) {
      this.close();
      return;
    }
    this.#card = { ...card, revision: (card.revision ?? 0) + 1 };
    this.#render();
  }

  close(): void {
    const card = this.#card;
    this.#card = null;
    // A new note cancelled with its words still selected: the button comes back, as before the card opened
    // (dragging over a selection again would drag the words, not select them).
    if (card?.kind === 'new' && this.#doc.getSelection()?.isCollapsed === false) this.#button = card.selected;
    this.#render();
    // The keyboard goes on from where the reader opened the card, not from the top of the page.
    const back = card?.kind === 'new' ? undefined : card?.from;
    if (back?.isConnected) back.focus({ preventScroll: true });
  }

  /** Forgets everything shown and takes the card's frame off the page (the button's host goes with its owner). */
  reset(): void {
    this.#button = null;
    this.#card = null;
    this.#view.remove();
  }

  #save(key: string, values: NoteValues): void {
    const card = this.#card;
    if (card?.key !== key || card.kind === 'view') return;
    if (this.#covered(card)) return;
    void this.#run(
      card,
      () => (card.kind === 'new' ? this.#actions.add(card.selected, values) : this.#actions.update(card.id, values)),
      (error) => t('noteSaveFailed', message(error)),
    );
  }

  #edit(key: string): void {
    const card = this.#card;
    if (card?.key !== key || card.kind !== 'view') return;
    this.#card = { ...card, kind: 'edit', key: `${card.key}-edit` };
    this.#render();
  }

  #remove(key: string): void {
    const card = this.#card;
    if (card?.key !== key || card.kind === 'new') return;
    if (this.#covered(card)) return;
    void this.#run(
      card,
      () => this.#actions.remove(card.id),
      (error) => t('noteDeleteFailed', message(error)),
    );
  }

  /** A click on a card the page hid or covered changes nothing, and the card says why. */
  #covered(card: Card): boolean {
    if (!this.#view.covered?.()) return false;
    this.#patch({ busy: false, error: t('noteCardCovered') }, card.key);
    return true;
  }

  #patch(change: Partial<Pick<Card, 'busy' | 'error'>>, key: string): void {
    if (this.#card?.key !== key) return;
    this.#card = { ...this.#card, ...change } as Card;
    this.#render();
  }

  async #run(card: Card, action: () => Promise<void>, failed: (error: unknown) => string): Promise<void> {
    if (card.busy) return;
    this.#patch({ busy: true, error: undefined }, card.key);
    try {
      await action();
      if (this.#card?.key === card.key) this.close();
    } catch (error) {
      // The card stays open with everything typed: nothing is lost on a failed save.
      this.#patch({ busy: false, error: failed(error) }, card.key);
    }
  }

  #render(): void {
    const props: NoteUiProps = {};
    const button = this.#button;
    const card = this.#card;
    if (button && (!card || card.kind === 'view')) {
      const spot = spotBelow(button.box, this.#doc, 'end', BUTTON_WIDTH);
      props.addButton = { ...spot, onAdd: () => this.openNew(button) };
    }
    this.#host.render(props);
    if (card) this.#view.show(this.#describe(card), card.spot);
    else this.#view.hide();
  }

  /** The card as the frame is told it: which note, or the selected words; never the note's own text. */
  #describe(card: Card): FrameCard {
    const { key, busy, error } = card;
    const url = this.#actions.url();
    if (card.kind === 'new') {
      return {
        key,
        mode: 'new',
        url,
        quote: card.selected.text.slice(card.selected.start, card.selected.end),
        busy,
        error,
      };
    }
    return { key, mode: card.kind, url, id: card.id, revision: card.revision, busy, error };
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
