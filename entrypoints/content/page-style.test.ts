import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { HIGHLIGHT, rgba } from '../../utils/palette';
import { pageStyleCss } from './page-style';

const declared = readFileSync(new URL('./page-style.css', import.meta.url), 'utf8');

test('the declared stylesheet is the one the palette writes (run `npm run gen:page-style` after a palette change)', () => {
  expect(declared).toBe(pageStyleCss());
});

test('each category gets its palette tint, and only GovMark marks are styled', () => {
  for (const tone of Object.values(HIGHLIGHT)) expect(declared).toContain(rgba(tone.rgb, tone.alpha));
  for (const rule of declared.split('\n').filter((line) => line.includes('{')))
    expect(rule).toMatch(/^mark\[data-govmark="(?:target|agency)"\]/);
});
