import { expect, test } from 'vitest';
import { chooseLegendSide } from './legend-place';

const size = { width: 180, height: 150 };
const viewport = { width: 1280, height: 900 };
const columnFrom = (left: number, right: number) => (x: number) => x >= left && x <= right;

test.each([
  ['no text in the bottom right', columnFrom(300, 1000), 'right'],
  ['an article column reaching the right edge, a free left', columnFrom(320, 1240), 'left'],
  ['text everywhere: stays right', columnFrom(0, 1280), 'right'],
  ['text on the left only', columnFrom(0, 400), 'right'],
] as const)('%s', (_name, column, side) => {
  expect(chooseLegendSide(size, viewport, (x) => column(x))).toBe(side);
});
