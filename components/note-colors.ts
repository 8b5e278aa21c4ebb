import { NOTE_COLORS, type NoteColor } from '../storage/types';

/** Each note colour's strong shade (markers, swatches, the mark's underline) as RGB. */
export const NOTE_RGB: Record<NoteColor, string> = {
  yellow: '234, 179, 8',
  green: '34, 197, 94',
  blue: '59, 130, 246',
  pink: '236, 72, 153',
  purple: '168, 85, 247',
};

/** The i18n key naming each colour. */
export const NOTE_COLOR_LABEL: Record<NoteColor, string> = {
  yellow: 'noteColorYellow',
  green: 'noteColorGreen',
  blue: 'noteColorBlue',
  pink: 'noteColorPink',
  purple: 'noteColorPurple',
};

/** CSS rules giving `.<prefix>-<colour>` elements the colour as `--gm-note` (`r, g, b`). */
export function noteColorVariables(selector: (color: NoteColor) => string): string {
  return NOTE_COLORS.map((color) => `${selector(color)}{--gm-note:${NOTE_RGB[color]}}`).join('\n');
}
