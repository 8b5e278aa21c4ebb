import { NOTE_MARK_SELECTOR, noteIdOf } from './note-marks';

/** The class that flashes a note's marks once it is brought into view; styled in note-style.ts. */
export const FLASH_CLASS = 'govmark-flash';
const FLASH_MS = 1600;

/**
 * Scrolls a note's passage into the middle of the view and flashes its marks briefly; false when the
 * note has no mark on the page (its words could not be placed), so the caller can say so.
 */
export function showNote(id: string, doc: Document = document): boolean {
  const marks = [...doc.querySelectorAll<HTMLElement>(NOTE_MARK_SELECTOR)].filter((mark) => noteIdOf(mark) === id);
  const [first] = marks;
  if (!first) return false;
  // A jump, not a smooth scroll: the tab may just be coming to the front, where a smooth scroll stalls;
  // the flash shows where the eye should go.
  first.scrollIntoView({ block: 'center', behavior: 'auto' });
  for (const mark of marks) mark.classList.add(FLASH_CLASS);
  doc.defaultView?.setTimeout(() => {
    for (const mark of marks) mark.classList.remove(FLASH_CLASS);
  }, FLASH_MS);
  return true;
}
