import { expect, test } from 'vitest';
import { type Box, placeLegend } from './legend-place';

const open = { width: 180, height: 150 };
const closed = { width: 120, height: 28 };
const column = (left: number, right: number, top = 300, bottom = 3000): Box => ({ left, right, top, bottom });

test.each([
  ['a wide right margin: open, right', 1280, column(130, 866), { mode: 'margin', side: 'right', collapsed: false }],
  [
    'the column reaches the right edge, a free left',
    1280,
    column(353, 1193),
    { mode: 'margin', side: 'left', collapsed: false },
  ],
  [
    'only the title bar fits beside the column',
    1280,
    column(140, 1130),
    { mode: 'margin', side: 'right', collapsed: true },
  ],
  ['no article: nothing to cover', 1280, null, { mode: 'margin', side: 'right', collapsed: false }],
] as const)('%s', (_name, width, article, placement) => {
  expect(placeLegend(open, closed, { width, height: 900 }, article)).toEqual(placement);
});

test('no margin wide enough: docked collapsed above the article, in page coordinates', () => {
  const placement = placeLegend(open, closed, { width: 800, height: 900 }, column(20, 780, -200, 2000), {
    x: 0,
    y: 500,
  });
  expect(placement).toEqual({ mode: 'docked', collapsed: true, above: true, top: 294, left: 660 });
});

test('an article from the very top of the page: docked below its last line', () => {
  const placement = placeLegend(open, closed, { width: 800, height: 900 }, column(0, 800, 10, 2000));
  expect(placement).toEqual({ mode: 'docked', collapsed: true, above: false, top: 2006, left: 680 });
});
