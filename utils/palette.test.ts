import { expect, test } from 'vitest';
import { CATEGORIES } from '../analysis/types';
import { DEFAULT_NOTE_COLOR } from '../storage/types';
import { HIGHLIGHT, NOTE_ALPHA, NOTE_TONES, onWhite, type Rgb } from './palette';

const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

test.each(CATEGORIES)('the default note colour is far from the %s highlight', (category) => {
  const tone = HIGHLIGHT[category];
  const note = NOTE_TONES[DEFAULT_NOTE_COLOR];
  // As the browser reports the colours (the tint's RGB) and as a reader sees them on a white page.
  expect(distance(note, tone.rgb)).toBeGreaterThanOrEqual(80);
  expect(distance(onWhite(note, NOTE_ALPHA), onWhite(tone.rgb, tone.alpha))).toBeGreaterThanOrEqual(80);
});

test('categories differ by line style too, so they are told apart without colour', () => {
  const styles = CATEGORIES.map((c) => `${HIGHLIGHT[c].lineStyle}/${HIGHLIGHT[c].lineWidth}`);
  expect(new Set(styles).size).toBe(CATEGORIES.length);
});
