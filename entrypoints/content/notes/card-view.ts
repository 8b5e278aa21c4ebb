import type { FrameCard, NoteValues } from '../../../utils/protocol-note-frame';
import type { Spot } from './NoteUi';

/** What the reader did in the note card, named by the card's key (a late answer for a closed card is dropped). */
export interface CardActions {
  save(key: string, values: NoteValues): void;
  edit(key: string): void;
  remove(key: string): void;
  close(key: string): void;
}

/** Where the note card is shown: GovMark's frame on a real page (note-frame-host.ts), inline in unit tests. */
export interface CardView {
  /** Shows (or updates) the card at a spot in document coordinates. */
  show(card: FrameCard, spot: Spot): void;
  hide(): void;
  /** Whether the page has hidden or covered the card: a click on it may then be a lure's (hidden-by-page.ts). */
  covered?(): boolean;
  /** Takes the view off the page for good. */
  remove(): void;
}

export type CardViewFactory = (actions: CardActions) => CardView;
