// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { MarginMarkers } from './margin-markers';
import { layoutMarkers } from './marker-layout';

const SIZE = 22;
const overlapsColumn = (left: number, column: { left: number; right: number }) =>
  left < column.right && left + SIZE > column.left;

describe('layoutMarkers', () => {
  test.each([
    ['room on the left', { left: 300, right: 900 }, 1280],
    ['no room on the left, room on the right', { left: 10, right: 900 }, 1280],
    ['a column exactly as wide as the gap allows', { left: 28, right: 1252 }, 1280],
  ])('%s: no marker overlaps the text column', (_, column, pageWidth) => {
    const spots = layoutMarkers(
      [
        { id: 'a', top: 100 },
        { id: 'b', top: 105 },
      ],
      column,
      { pageWidth, size: SIZE },
    );
    expect(spots).toHaveLength(2);
    for (const spot of spots) expect(overlapsColumn(spot.left, column), JSON.stringify(spot)).toBe(false);
  });

  test('left margin first, beside the column', () => {
    const [spot] = layoutMarkers(
      [{ id: 'a', top: 40 }],
      { left: 300, right: 900 },
      { pageWidth: 1280, size: SIZE, gap: 6 },
    );
    expect(spot).toEqual({ id: 'a', left: 300 - 6 - SIZE, top: 40 });
  });

  test('markers of nearby passages stack instead of covering one another, in reading order', () => {
    const spots = layoutMarkers(
      [
        { id: 'b', top: 110 },
        { id: 'a', top: 100 },
        { id: 'c', top: 400 },
      ],
      { left: 300, right: 900 },
      { pageWidth: 1280, size: SIZE },
    );
    expect(spots.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(spots[1]?.top).toBeGreaterThanOrEqual((spots[0]?.top ?? 0) + SIZE);
    expect(spots[2]?.top).toBe(400);
  });
});

describe('MarginMarkers on a page (rects stubbed: happy-dom has no layout)', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  function rect(left: number, top: number, width: number, height: number): DOMRect {
    return { left, top, width, height, right: left + width, bottom: top + height, x: left, y: top } as DOMRect;
  }

  function setup(columnLeft: number) {
    document.body.innerHTML = '<article><p>甲<mark id="m1">乙</mark></p><p><mark id="m2">丙</mark></p></article>';
    const article = document.querySelector('article') as HTMLElement;
    const m1 = document.getElementById('m1') as HTMLElement;
    const m2 = document.getElementById('m2') as HTMLElement;
    let left = columnLeft;
    article.getBoundingClientRect = () => rect(left, 0, 600, 800);
    m1.getClientRects = () => [rect(left + 20, 120, 16, 20)] as unknown as DOMRectList;
    m2.getClientRects = () => [rect(left, 300, 16, 20)] as unknown as DOMRectList;
    const container = document.createElement('div');
    document.documentElement.append(container);
    const onOpen = vi.fn();
    const markers = new MarginMarkers({ container: () => container, column: () => article, onOpen });
    markers.set([
      { id: 'n1', color: 'green', label: '批注：<img src=x onerror=alert(1)>', marks: [m1] },
      { id: 'n2', color: 'blue', label: '批注：二', marks: [m2] },
    ]);
    const buttons = () => [...container.querySelectorAll<HTMLButtonElement>('button')];
    return { markers, buttons, onOpen, moveColumn: (to: number) => (left = to) };
  }

  test('one button per note beside its paragraph, outside the column, labelled with text', () => {
    const { buttons, onOpen, markers } = setup(300);
    const [b1, b2] = buttons();
    expect(buttons()).toHaveLength(2);
    for (const b of buttons())
      expect(overlapsColumn(Number.parseFloat(b.style.left), { left: 300, right: 900 })).toBe(false);
    expect(b1?.style.top).toBe('120px');
    expect(b2?.style.top).toBe('300px');
    expect(b1?.getAttribute('aria-label')).toBe('批注：<img src=x onerror=alert(1)>');
    expect(b1?.querySelector('img')).toBeNull();
    expect(b1?.className).toContain('c-green');
    b2?.click();
    expect(onOpen).toHaveBeenCalledWith('n2', b2);
    markers.destroy();
    expect(buttons()).toHaveLength(0);
  });

  test('the markers stand in the entries’ order, so Tab goes in reading order, also after a note is added above', () => {
    const { buttons, markers } = setup(300);
    const [m1, m2] = [document.getElementById('m1'), document.getElementById('m2')] as HTMLElement[];
    const mark0 = document.createElement('mark');
    document.querySelector('article p')?.prepend(mark0);
    mark0.getClientRects = () => [rect(300, 60, 16, 20)] as unknown as DOMRectList;
    markers.set([
      { id: 'n0', color: 'yellow', label: '一', marks: [mark0] },
      { id: 'n1', color: 'green', label: '二', marks: [m1 as HTMLElement] },
      { id: 'n2', color: 'blue', label: '三', marks: [m2 as HTMLElement] },
    ]);
    expect(buttons().map((b) => b.getAttribute('aria-label'))).toEqual(['一', '二', '三']);
    markers.destroy();
  });

  test('when the layout changes, position() follows it', () => {
    const { buttons, markers, moveColumn } = setup(300);
    moveColumn(10); // a narrow window: the column now starts at the page's edge
    markers.position();
    for (const b of buttons()) {
      expect(overlapsColumn(Number.parseFloat(b.style.left), { left: 10, right: 610 })).toBe(false);
    }
    markers.destroy();
  });

  test('set() with fewer notes removes the others’ markers', () => {
    const { buttons, markers } = setup(300);
    markers.set([]);
    expect(buttons()).toHaveLength(0);
    markers.destroy();
  });
});
