import { HIGHLIGHT, highlightCss } from '../../utils/palette';

/** The first line of page-style.css: the file is written from the palette, never by hand. */
export const PAGE_STYLE_HEADER =
  '/* Written by `npm run gen:page-style` from utils/palette.ts (page-style.ts): edit the palette, not this file. */';

/**
 * GovMark's highlights, declared with the content script (its manifest `css`, page-style.css), so no stylesheet
 * is added to the page at idle. Only GovMark's own marks match, so a page without them is left as it was.
 * Tints are translucent and the text keeps the page's own colour, so highlights read on light and dark pages.
 */
export function pageStyleCss(): string {
  return `${PAGE_STYLE_HEADER}
mark[data-govmark="target"],mark[data-govmark="agency"]{color:inherit;background:none;padding:0;border-radius:2px;text-decoration-line:underline;text-decoration-skip-ink:none;text-underline-offset:.2em}
${highlightCss((c) => `mark[data-govmark="${c === 'agency' ? 'agency' : 'target'}"].govmark-${c}`)}
mark[data-govmark="target"]{cursor:help}
mark[data-govmark="target"]:focus-visible{outline:2px solid ${HIGHLIGHT.goal.line};outline-offset:1px}
`;
}
