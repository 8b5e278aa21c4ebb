import type { TagCount } from '../../../storage/tags';
import type { Annotation } from '../../../storage/types';
import { t } from '../../../utils/i18n';
import type { NoteValues } from './NoteEditor';
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
  | { kind: 'view' | 'edit'; key: string; id: string; spot: Spot; busy?: boolean; error?: string };

export interface NoteCardActions {
  /** Stores a new note for the selected words; rejects with a reason the card shows. */
  add(selected: Selected, values: NoteValues): Promise<void>;
  update(id: string, values: NoteValues): Promise<void>;
  remove(id: string): Promise<void>;
  note(id: string): Annotation | undefined;
  tags(): Promise<TagCount[]>;
}

/** About the width of the "批注" button, to centre it under the selection's end. */
const BUTTON_WIDTH = 56;
let cards = 0;

/**
 * The "批注" button beside a selection and the note card (new, read, edit): what is open, and rendering
 * it into our shadow root. Saving and deleting go to `actions`; a failure leaves the card open as it was.
 */
export class NoteCard {
  readonly #doc: Document;
  readonly #host: NoteUiHost;
  readonly #actions: NoteCardActions;
  #button: Selected | null = null;
  #card: Card | null = null;
  #knownTags: TagCount[] = [];

  constructor(doc: Document, host: NoteUiHost, actions: NoteCardActions) {
    this.#doc = doc;
    this.#host = host;
    this.#actions = actions;
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
    this.#loadTags();
  }

  /** Opens a saved note to read, below `near` (its highlight or marker). */
  openSaved(id: string, near: Box): void {
    if (!this.#actions.note(id)) return;
    this.#button = null;
    this.#card = { kind: 'view', key: `note-${id}-${++cards}`, id, spot: spotBelow(near, this.#doc) };
    this.#render();
    this.#loadTags();
  }

  close(): void {
    this.#card = null;
    this.#render();
  }

  /** Forgets everything shown (the host is removed by its owner). */
  reset(): void {
    this.#button = null;
    this.#card = null;
  }

  #loadTags(): void {
    this.#actions.tags().then(
      (tags) => {
        this.#knownTags = tags;
        this.#render();
      },
      () => {}, // no suggestions is no reason to stop the reader writing
    );
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
    if (card) {
      const note = card.kind === 'new' ? undefined : this.#actions.note(card.id);
      props.editor = {
        ...card.spot,
        cardKey: card.key,
        mode: card.kind,
        quote:
          card.kind === 'new' ? card.selected.text.slice(card.selected.start, card.selected.end) : note?.quote?.exact,
        note,
        knownTags: this.#knownTags,
        busy: card.busy,
        error: card.error,
        onSave: (values) =>
          void this.#run(
            card,
            () =>
              card.kind === 'new' ? this.#actions.add(card.selected, values) : this.#actions.update(card.id, values),
            (error) => t('noteSaveFailed', message(error)),
          ),
        onEdit: () => {
          if (card.kind !== 'view') return;
          this.#card = { ...card, kind: 'edit', key: `${card.key}-edit` };
          this.#render();
        },
        onDelete: () => {
          if (card.kind !== 'new') {
            void this.#run(
              card,
              () => this.#actions.remove(card.id),
              (error) => t('noteDeleteFailed', message(error)),
            );
          }
        },
        onClose: () => this.close(),
      };
    }
    this.#host.render(props);
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
