// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import type { PageStatus as ContentPageStatus } from '../utils/protocol-content';
import PageStatus, { type PopupPageState } from './PageStatus';

afterEach(cleanup);

const status = (over: Partial<ContentPageStatus> = {}): ContentPageStatus => ({
  isReport: true,
  confidence: 0.9,
  reasons: [],
  counts: { goal: 3, past: 2, other: 1, agency: 4 },
  visible: { goal: true, past: true, other: true, agency: true },
  siteDisabled: false,
  ...over,
});

function show(state: PopupPageState) {
  const handlers = { onToggle: vi.fn(), onAnalyzeAnyway: vi.fn(), onSiteOn: vi.fn() };
  render(<PageStatus state={state} {...handlers} />);
  return handlers;
}

test('a report shows counts and one labelled toggle per category', () => {
  const { onToggle } = show({ kind: 'status', status: status() });
  expect(screen.getByTestId('govmark-popup-status').dataset.state).toBe('report');
  expect(screen.getByTestId('govmark-popup-count-agency').textContent).toBe('4');
  const past = screen.getByTestId('govmark-popup-toggle-past') as HTMLInputElement;
  expect(past.closest('label')?.textContent).toContain('categoryPast');
  fireEvent.click(past);
  expect(onToggle).toHaveBeenCalledWith('past', false);
});

test.each([
  [{ kind: 'absent' }, 'not-analysed'],
  [
    { kind: 'status', status: status({ isReport: false, counts: { goal: 0, past: 0, other: 0, agency: 0 } }) },
    'not-report',
  ],
] as [PopupPageState, string][])('%j offers to analyse anyway', (state, shown) => {
  const { onAnalyzeAnyway } = show(state);
  expect(screen.getByTestId('govmark-popup-status').dataset.state).toBe(shown);
  fireEvent.click(screen.getByTestId('govmark-analyze-anyway'));
  expect(onAnalyzeAnyway).toHaveBeenCalledOnce();
});

test('a page no extension may touch is explained, with no button', () => {
  show({ kind: 'restricted' });
  expect(screen.getByTestId('govmark-popup-status').dataset.state).toBe('restricted');
  expect(screen.queryByRole('button')).toBeNull();
});

test('a switched-off site offers to switch back on', () => {
  const { onSiteOn } = show({ kind: 'status', status: status({ siteDisabled: true }) });
  fireEvent.click(screen.getByTestId('govmark-popup-site-on'));
  expect(onSiteOn).toHaveBeenCalledOnce();
});
