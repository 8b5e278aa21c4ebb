// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { LEGEND_TAG, legendHostStyle, mountLegend } from './legend-host';
import type { LegendPlacement } from './legend-place';

const PLACEMENTS: [string, LegendPlacement | null][] = [
  ['not placed yet', null],
  ['right margin', { mode: 'margin', side: 'right', collapsed: false }],
  ['left margin', { mode: 'margin', side: 'left', collapsed: true }],
  ['docked above', { mode: 'docked', collapsed: true, top: 40, left: 300, above: true }],
  ['docked below', { mode: 'docked', collapsed: true, top: 900, left: 0, above: false }],
];

/** The host's inline declarations, as the browser parses them. */
function declared(style: string): CSSStyleDeclaration {
  const probe = document.createElement('div');
  probe.setAttribute('style', style);
  return probe.style;
}

afterEach(() => {
  for (const el of document.querySelectorAll(LEGEND_TAG)) el.remove();
});

// Page CSS, even `!important`, loses to an inline `!important` on the host: it can neither hide nor move it.
test.each(PLACEMENTS)(
  '%s: every declaration that shows and places the host is inline and !important',
  (_, placement) => {
    const style = declared(legendHostStyle(placement));
    for (const name of ['display', 'visibility', 'opacity', 'position', 'z-index']) {
      expect(style.getPropertyPriority(name), name).toBe('important');
    }
    expect(style.getPropertyValue('display')).toBe('block');
    expect(style.getPropertyValue('visibility')).toBe('visible');
    expect(style.getPropertyValue('position')).toBe(placement?.mode === 'docked' ? 'absolute' : 'fixed');
    if (placement?.mode === 'docked') expect(style.getPropertyValue('top')).toBe(`${placement.top}px`);
    expect(
      style.getPropertyValue(placement?.mode === 'margin' && placement.side === 'left' ? 'left' : 'right'),
    ).toMatch(placement?.mode === 'docked' ? /auto/ : /12px/);
  },
);

test('docked above an article near the top, an opened legend stops at the page’s top, its title in reach', () => {
  const docked: LegendPlacement = { mode: 'docked', collapsed: true, top: 80, left: 300, above: true };
  const closed = declared(legendHostStyle(docked, false, 30));
  expect([closed.getPropertyValue('top'), closed.getPropertyValue('transform')]).toEqual(['80px', 'translateY(-100%)']);
  const opened = declared(legendHostStyle(docked, false, 250));
  expect([opened.getPropertyValue('top'), opened.getPropertyValue('transform')]).toEqual(['0px', 'none']);
});

test('while it is measured the host is hidden, still by its own inline style', () => {
  const style = declared(legendHostStyle(null, true));
  expect(style.getPropertyValue('visibility')).toBe('hidden');
  expect(style.getPropertyPriority('visibility')).toBe('important');
});

test('a mounted legend carries the protected style and keeps its test id in an open shadow root', () => {
  const handle = mountLegend(document, {
    counts: { goal: 1, past: 0, other: 0, agency: 0 },
    visible: { goal: true, past: true, other: true, agency: true },
    pages: '',
    onToggle: () => {},
    onSiteOff: () => {},
  });
  const host = document.querySelector<HTMLElement>(LEGEND_TAG);
  expect(host?.style.getPropertyPriority('display')).toBe('important');
  expect(host?.shadowRoot?.querySelector('[data-testid="govmark-legend"]')).not.toBeNull();
  handle.remove();
});

test('the legend is in the UI’s language, whatever the page’s: its lang says so to a screen reader', async () => {
  const { learnMessages } = await import('../../utils/i18n');
  document.documentElement.lang = 'zh-CN';
  const props = {
    counts: { goal: 1, past: 0, other: 0, agency: 0 },
    visible: { goal: true, past: true, other: true, agency: true },
    pages: '',
    onToggle: () => {},
    onSiteOff: () => {},
  };
  try {
    learnMessages({ '@@ui_locale': 'en' });
    const handle = mountLegend(document, props);
    expect(document.querySelector<HTMLElement>(LEGEND_TAG)?.lang).toBe('en');
    handle.remove();
  } finally {
    learnMessages({ '@@ui_locale': 'zh_CN' });
  }
  const handle = mountLegend(document, props);
  expect(document.querySelector<HTMLElement>(LEGEND_TAG)?.lang).toBe('zh-CN');
  handle.remove();
});
