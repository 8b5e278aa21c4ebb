import { noteColorVariables } from '../../../components/note-colors';

/** The stylesheet for note highlights; on the page only while it has some. */
export const NOTE_STYLE_ID = 'govmark-note-style';

// A highlighter-pen tint with a solid line beneath, unlike the targets' and agencies' underlines, so a
// note over a target shows both. The text keeps the page's colour, so light and dark pages both read.
const CSS = `
${noteColorVariables((c) => `mark[data-govmark="note"].govmark-note-${c}`)}
mark[data-govmark="note"]{color:inherit;background-color:rgba(var(--gm-note,234,179,8),.28);padding:0;cursor:pointer;
box-shadow:inset 0 -2px 0 rgba(var(--gm-note,234,179,8),.9)}
mark[data-govmark="note"]:hover{background-color:rgba(var(--gm-note,234,179,8),.45)}
`;

export function addNoteStyle(doc: Document = document): void {
  if (doc.getElementById(NOTE_STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = NOTE_STYLE_ID;
  style.textContent = CSS;
  (doc.head ?? doc.documentElement).append(style);
}

export function removeNoteStyle(doc: Document = document): void {
  doc.getElementById(NOTE_STYLE_ID)?.remove();
}
