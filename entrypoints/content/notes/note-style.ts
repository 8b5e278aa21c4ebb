import { DEFAULT_NOTE_COLOR } from '../../../storage/types';
import { NOTE_ALPHA, NOTE_TONES, noteColorVariables, rgbList } from '../../../utils/palette';

const FALLBACK = rgbList(NOTE_TONES[DEFAULT_NOTE_COLOR]);

/** The stylesheet for note highlights; on the page only while it has some. */
export const NOTE_STYLE_ID = 'govmark-note-style';

// A highlighter-pen tint with a solid line beneath, unlike the targets' and agencies' underlines, so a
// note over a target shows both. The text keeps the page's colour, so light and dark pages both read.
const CSS = `
${noteColorVariables((c) => `mark[data-govmark="note"].govmark-note-${c}`)}
mark[data-govmark="note"]{color:inherit;background-color:rgba(var(--gm-note,${FALLBACK}),${NOTE_ALPHA});padding:0;cursor:pointer;
box-shadow:inset 0 -2px 0 rgba(var(--gm-note,${FALLBACK}),.9)}
mark[data-govmark="note"].govmark-flash{animation:govmark-flash .8s ease-in-out 2}
@keyframes govmark-flash{50%{background-color:rgba(var(--gm-note,${FALLBACK}),1);box-shadow:0 0 0 3px rgba(var(--gm-note,${FALLBACK}),.6)}}
@media (prefers-reduced-motion:reduce){mark[data-govmark="note"].govmark-flash{animation:none;outline:3px solid rgba(var(--gm-note,${FALLBACK}),1)}}
mark[data-govmark="note"]:hover{background-color:rgba(var(--gm-note,${FALLBACK}),${Math.min(1, NOTE_ALPHA + 0.15)})}
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
