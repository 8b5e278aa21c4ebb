const CARD = '[data-testid="govmark-annotation"]';

/** The id of the card that takes a removed card's place in the list (any group): the next one, else the one before. */
export function neighbourOf(id: string, doc: Document = document): string | undefined {
  const cards = [...doc.querySelectorAll<HTMLElement>(CARD)];
  const at = cards.findIndex((card) => card.dataset.id === id);
  if (at === -1) return undefined;
  return (cards[at + 1] ?? cards[at - 1])?.dataset.id;
}

/**
 * Puts the keyboard on a card's edit button once the card is rendered (a restored card appears a frame or two
 * after its write): where the reader's focus belongs after an undo, or after the undo offer went away.
 */
export function focusCard(id: string | undefined, doc: Document = document, frames = 10): void {
  if (id === undefined) return;
  const button = doc.querySelector<HTMLElement>(`${CARD}[data-id="${CSS.escape(id)}"] [data-testid="govmark-edit"]`);
  if (button) button.focus();
  else if (frames > 0) requestAnimationFrame(() => focusCard(id, doc, frames - 1));
}

/** Whether the keyboard is on the undo offer (the reader deleted from the keyboard or is about to undo). */
export const undoHasFocus = (doc: Document = document) =>
  doc.activeElement?.closest('[data-testid="govmark-undo-toast"]') != null;
