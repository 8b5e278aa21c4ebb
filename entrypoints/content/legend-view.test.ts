// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest';
import { type LegendProps, LegendView } from './legend-view';

const props = (over: Partial<LegendProps> = {}): LegendProps => ({
  counts: { goal: 3, past: 2, other: 1, agency: 4 },
  visible: { goal: true, past: false, other: true, agency: true },
  pages: '第08版，上接07版',
  onToggle: () => {},
  onSiteOff: () => {},
  ...over,
});

const mount = (p: LegendProps) => {
  const container = document.createElement('div');
  document.body.append(container);
  const view = new LegendView(container, p);
  const q = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  return { container, view, q };
};

test('counts, boxes and the pages line, as the props say', () => {
  const { q } = mount(props());
  const list = q('govmark-legend-counts');
  expect(list?.dataset).toMatchObject({ goal: '3', past: '2', other: '1', agency: '4' });
  expect((q('govmark-legend-toggle-past') as HTMLInputElement).checked).toBe(false);
  expect((q('govmark-legend-toggle-goal') as HTMLInputElement).checked).toBe(true);
  expect(list?.querySelector('[data-category="agency"]')?.textContent).toBe('4');
  expect(q('govmark-legend-pages')?.textContent).toBe('第08版，上接07版');
  expect(q('govmark-legend-collapse')?.getAttribute('aria-expanded')).toBe('true');
});

test('a box calls onToggle; the off button calls onSiteOff', () => {
  const onToggle = vi.fn();
  const onSiteOff = vi.fn();
  const { q } = mount(props({ onToggle, onSiteOff }));
  q('govmark-legend-toggle-past')?.click();
  expect(onToggle).toHaveBeenCalledWith('past', true);
  q('govmark-legend-off')?.click();
  expect(onSiteOff).toHaveBeenCalledOnce();
});

test('updated in place: the ticked box stays the same element (focus stays), new counts show', () => {
  const { view, q } = mount(props());
  const box = q('govmark-legend-toggle-past');
  view.update(props({ counts: { goal: 3, past: 0, other: 1, agency: 4 }, pages: '' }));
  expect(q('govmark-legend-toggle-past')).toBe(box);
  expect(q('govmark-legend-counts')?.dataset.past).toBe('0');
  expect(q('govmark-legend-pages')).toBeNull();
});

test('collapsed to its title bar with the total; the reader opens and closes it', () => {
  const { view, q, container } = mount(props());
  view.setCollapsed(true);
  const head = q('govmark-legend-collapse');
  expect(head?.getAttribute('aria-expanded')).toBe('false');
  expect(container.querySelector('.body')).toBeNull();
  expect(head?.querySelector('.total')?.textContent).toBe('10');
  head?.click();
  expect(head?.getAttribute('aria-expanded')).toBe('true');
  expect(container.querySelector('.body')).not.toBeNull();
  expect(head?.querySelector('.total')).toBeNull();
  head?.click();
  expect(container.querySelector('.body')).toBeNull();
});

test('the notes entry shows a count only when one is known', () => {
  const { view, q } = mount(props());
  expect(q('govmark-legend-notes')?.querySelector('.count')).toBeNull();
  view.update(props({ notes: 2 }));
  expect(q('govmark-legend-notes')?.querySelector('.count')?.textContent).toBe('2');
});
