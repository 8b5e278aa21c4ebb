import { NOTE_COLORS, type NoteColor } from '../storage/types';
import { NOTE_TONES, rgbList } from '../utils/palette';

export { noteColorVariables } from '../utils/palette';

/** Each note colour's strong shade as `r, g, b` (from the palette), for inline swatches. */
export const NOTE_RGB = Object.fromEntries(NOTE_COLORS.map((c) => [c, rgbList(NOTE_TONES[c])])) as Record<
  NoteColor,
  string
>;

/** The i18n key naming each colour. */
export const NOTE_COLOR_LABEL: Record<NoteColor, string> = {
  yellow: 'noteColorYellow',
  green: 'noteColorGreen',
  blue: 'noteColorBlue',
  pink: 'noteColorPink',
  purple: 'noteColorPurple',
};
