/**
 * Whether the page has hidden, faded, shrunk or covered our element, so that a click on it may not be the
 * reader's choice (a lure drawn over a transparent card). Read from the browser's computed styles, which a
 * page script cannot fake for our isolated world: any opacity below 1, a filter that can hide (not the grey
 * of a day of mourning), a clip, a mask or a blend
 * on the element or an ancestor; the element not shown at its own size. Something of the page on top of it is
 * not looked for: where it takes the pointer, the click is the page's own, not ours.
 */
export function hiddenByPage(element: Element, minWidth: number, minHeight: number): boolean {
  const doc = element.ownerDocument;
  const view = doc.defaultView;
  if (!view || !element.isConnected) return true;
  for (let e: Element | null = element; e; e = e.parentElement) {
    const style = view.getComputedStyle(e);
    if (Number.parseFloat(style.opacity || '1') < 1) return true;
    if (!harmless(style.filter) || !none(style.clipPath)) return true;
    if (!none(style.getPropertyValue('mask-image')) || !none(style.getPropertyValue('-webkit-mask-image'))) return true;
    if ((style.mixBlendMode || 'normal') !== 'normal') return true;
  }
  if ((view.getComputedStyle(element).visibility || 'visible') !== 'visible') return true;
  const box = element.getBoundingClientRect();
  if (box.width < minWidth || box.height < minHeight) return true;
  return false;
}

const none = (value: string) => value === '' || value === 'none';
// Filters that change colours but hide nothing: sites turn grey on days of national mourning.
const COLOUR_ONLY = /^(?:\s*(?:grayscale|sepia|saturate|hue-rotate|invert)\([^()]*\))+\s*$/;
const harmless = (filter: string) => none(filter) || COLOUR_ONLY.test(filter);
