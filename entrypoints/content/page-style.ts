import { HIGHLIGHT, highlightCss } from '../../utils/palette';

/** The one stylesheet GovMark adds to a report page; removed with the last visible highlight. */
export const PAGE_STYLE_ID = 'govmark-style';

// Tints are translucent and the text keeps the page's own colour, so highlights read on light and dark pages.
// Colours, tints and line styles come from the palette (utils/palette.ts).
const CSS = `
mark[data-govmark="target"],mark[data-govmark="agency"]{color:inherit;background:none;padding:0;border-radius:2px;
text-decoration-line:underline;text-decoration-skip-ink:none;text-underline-offset:.2em}
${highlightCss((c) => `mark[data-govmark="${c === 'agency' ? 'agency' : 'target'}"].govmark-${c}`)}
mark[data-govmark="target"]{cursor:help}
mark[data-govmark="target"]:focus-visible{outline:2px solid ${HIGHLIGHT.goal.line};outline-offset:1px}
`;

export function addPageStyle(doc: Document = document): void {
  if (doc.getElementById(PAGE_STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = PAGE_STYLE_ID;
  style.textContent = CSS;
  (doc.head ?? doc.documentElement).append(style);
}

export function removePageStyle(doc: Document = document): void {
  doc.getElementById(PAGE_STYLE_ID)?.remove();
}
