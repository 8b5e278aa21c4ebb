import { CATEGORIES, type Category } from '../analysis/types';
import { NOTE_COLORS, type NoteColor } from '../storage/types';

export type Rgb = readonly [number, number, number];

/** How one category of highlight looks: a light tint behind the words and a line beneath them. */
export interface HighlightTone {
  rgb: Rgb;
  /** The tint's opacity: light, so the page's text keeps its contrast on light and dark pages. */
  alpha: number;
  /** The underline; its style tells the categories apart without colour (goals solid, results dotted…). */
  line: string;
  lineStyle: 'solid' | 'dotted' | 'dashed';
  lineWidth: number;
}

/**
 * The one palette of GovMark: page highlights, the legend's and popup's swatches, the library's rows and
 * the notes all read their colours here. Target tints stay pale and note tints strong, so a note never
 * looks like a target (tests/unit/palette.test.ts measures the distance).
 */
export const HIGHLIGHT: Record<Category, HighlightTone> = {
  goal: { rgb: [245, 158, 11], alpha: 0.2, line: '#d97706', lineStyle: 'solid', lineWidth: 2 },
  past: { rgb: [59, 130, 246], alpha: 0.14, line: '#3b82f6', lineStyle: 'dotted', lineWidth: 2 },
  other: { rgb: [148, 163, 184], alpha: 0.18, line: '#94a3b8', lineStyle: 'dashed', lineWidth: 1 },
  agency: { rgb: [16, 185, 129], alpha: 0.15, line: '#10b981', lineStyle: 'solid', lineWidth: 1 },
};

/** Each note colour's strong shade (markers, swatches, the mark's underline). */
export const NOTE_TONES: Record<NoteColor, Rgb> = {
  yellow: [234, 179, 8],
  green: [34, 197, 94],
  blue: [59, 130, 246],
  pink: [236, 72, 153],
  purple: [168, 85, 247],
};

/** A note's tint behind its words: a highlighter pen, much stronger than any target's tint. */
export const NOTE_ALPHA = 0.55;

export const rgbList = (rgb: Rgb) => rgb.join(', ');
export const rgba = (rgb: Rgb, alpha: number) => `rgba(${rgbList(rgb)}, ${alpha})`;

/** The colour a tint shows on a white page: swatches use it, so they match the page in a dark-mode legend. */
export function onWhite(rgb: Rgb, alpha: number): Rgb {
  return rgb.map((c) => Math.round(c * alpha + 255 * (1 - alpha))) as unknown as Rgb;
}

const hex = (rgb: Rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/** The page's highlight rules, one per category, for marks matched by `selector(category)`. */
export function highlightCss(selector: (category: Category) => string): string {
  return CATEGORIES.map((c) => {
    const tone = HIGHLIGHT[c];
    return `${selector(c)}{background-color:${rgba(tone.rgb, tone.alpha)};text-decoration-style:${tone.lineStyle};text-decoration-color:${tone.line};text-decoration-thickness:${tone.lineWidth}px}`;
  }).join('\n');
}

/** Swatch rules (legend, popup): the tint as it shows on a white page, and the category's underline. */
export function swatchCss(selector: (category: Category) => string): string {
  return CATEGORIES.map((c) => {
    const tone = HIGHLIGHT[c];
    return `${selector(c)}{background:${hex(onWhite(tone.rgb, tone.alpha))};border-bottom:2px ${tone.lineStyle} ${tone.line}}`;
  }).join('\n');
}

/** CSS rules giving elements matched by `selector(colour)` that note colour as `--gm-note` (`r, g, b`). */
export function noteColorVariables(selector: (color: NoteColor) => string): string {
  return NOTE_COLORS.map((color) => `${selector(color)}{--gm-note:${rgbList(NOTE_TONES[color])}}`).join('\n');
}

/** The palette for GovMark's own pages: `--gm-goal` (line), `--gm-goal-swatch`, swatches, note borders. */
export function paletteVariables(): string {
  const vars = CATEGORIES.flatMap((c) => [
    `--gm-${c}:${HIGHLIGHT[c].line}`,
    `--gm-${c}-swatch:${hex(onWhite(HIGHLIGHT[c].rgb, HIGHLIGHT[c].alpha))}`,
  ]);
  const notes = NOTE_COLORS.map((c) => `.gm-color-${c}{border-left-color:rgb(${rgbList(NOTE_TONES[c])})}`);
  return `:root{${vars.join(';')}}\n${swatchCss((c) => `.gm-swatch-${c}`)}\n${notes.join('\n')}`;
}

/** Adds the palette's variables to one of GovMark's own pages (popup, options, library). */
export function applyPalette(doc: Document = document): void {
  const style = doc.createElement('style');
  style.id = 'govmark-palette';
  style.textContent = paletteVariables();
  doc.head.append(style);
}
