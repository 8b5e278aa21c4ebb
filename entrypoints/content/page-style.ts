/** The one stylesheet GovMark adds to a report page; removed with the last visible highlight. */
export const PAGE_STYLE_ID = 'govmark-style';

// Tints are translucent and the text keeps the page's own colour, so highlights read on light and dark pages.
// Goals: solid underline; past results: dotted; other numbers: dashed and grey; agencies: green.
const CSS = `
mark[data-govmark="target"],mark[data-govmark="agency"]{color:inherit;background:none;padding:0;border-radius:2px;
text-decoration-line:underline;text-decoration-skip-ink:none;text-underline-offset:.2em;text-decoration-thickness:2px}
mark[data-govmark="target"].govmark-goal{background-color:rgba(245,158,11,.24);text-decoration-style:solid;text-decoration-color:#d97706}
mark[data-govmark="target"].govmark-past{background-color:rgba(59,130,246,.16);text-decoration-style:dotted;text-decoration-color:#3b82f6}
mark[data-govmark="target"].govmark-other{background-color:rgba(148,163,184,.2);text-decoration-style:dashed;text-decoration-color:#94a3b8;text-decoration-thickness:1px}
mark[data-govmark="agency"].govmark-agency{background-color:rgba(16,185,129,.18);text-decoration-style:solid;text-decoration-color:#10b981;text-decoration-thickness:1px}
mark[data-govmark="target"]{cursor:help}
mark[data-govmark="target"]:focus-visible{outline:2px solid #d97706;outline-offset:1px}
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
