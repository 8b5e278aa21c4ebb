// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { targetsByReport } from '../../entrypoints/library/targets-by-report';
import { twoYearsOfPages } from '../../tests/unit/two-years';
import CompareView, { changeText } from './CompareView';

afterEach(cleanup);
// The key and what it is given, so the tests read which year each header names.
vi.mock('../../utils/i18n', () => ({
  t: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}:${[subs].flat().join(',')}`),
}));

/** The two national reports, and the 2022 one again as another region's 2024 report (no consecutive pair). */
function reports() {
  const pages = twoYearsOfPages();
  const other = { ...(pages.find((p) => p.reportKey === 'report:2022:全国') as (typeof pages)[number]) };
  other.url = 'https://www.nmg.gov.cn/2024.htm';
  other.reportKey = 'report:2024:内蒙古自治区';
  return targetsByReport([...pages, other], []);
}
const headers = () => screen.getAllByRole('columnheader').map((th) => th.textContent);
const choose = (side: 'a' | 'b', key: string) =>
  fireEvent.change(screen.getByTestId(`govmark-compare-${side}`), { target: { value: key } });

test('consecutive years of one government: A’s goal, A’s year’s result as B reviews it, B’s goal; no warning', () => {
  render(<CompareView reports={reports()} />);
  choose('a', 'report:2021:全国');
  choose('b', 'report:2022:全国');
  expect(headers().slice(1, 4)).toEqual([
    'libraryCompareGoalOf:2021',
    'libraryCompareResultOf:2021',
    'libraryCompareGoalOf:2022',
  ]);
  expect(screen.queryByTestId('govmark-compare-apart')).toBeNull();
  const first = within(screen.getAllByTestId('govmark-compare-row')[0] as HTMLElement);
  expect(first.getAllByRole('cell').at(-1)?.textContent).toBe('changePoints:-0.5');
});

test('reports of two governments or years apart: the result column names the year B reviews, and says so', () => {
  render(<CompareView reports={reports()} />);
  choose('a', 'report:2021:全国');
  choose('b', 'report:2024:内蒙古自治区');
  expect(headers().slice(1, 4)).toEqual([
    'libraryCompareGoalOf:2021',
    'libraryCompareResultOf:2023',
    'libraryCompareGoalOf:2024',
  ]);
  expect(screen.getByTestId('govmark-compare-apart').textContent).toBe('libraryCompareApart:2023');
});

test('chosen the later first, the columns still run in time order, and a line says so', () => {
  render(<CompareView reports={reports()} />);
  choose('a', 'report:2021:全国');
  choose('b', 'report:2022:全国');
  expect(screen.queryByTestId('govmark-compare-ordered')).toBeNull();
  choose('a', 'report:2022:全国');
  choose('b', 'report:2021:全国');
  expect(headers().slice(1, 4)).toEqual([
    'libraryCompareGoalOf:2021',
    'libraryCompareResultOf:2021',
    'libraryCompareGoalOf:2022',
  ]);
  expect(screen.getByTestId('govmark-compare-ordered')).toBeTruthy();
});

test('the same report twice asks for two different ones', () => {
  render(<CompareView reports={reports()} />);
  choose('a', 'report:2022:全国');
  choose('b', 'report:2022:全国');
  expect(screen.queryAllByTestId('govmark-compare-row')).toHaveLength(0);
  expect(screen.getByTestId('govmark-compare').textContent).toContain('libraryCompareSame');
});

test.each([
  [-0.5, '%', '-0.5个百分点', '-0.5 percentage points'],
  [1_000_000, '人', '+100万人', '+100万人'],
  [2.5e11, '元', '+2500亿元', '+2500亿元'],
  [0, '%', '不变', 'unchanged'],
  [0, '人', '不变', 'unchanged'],
  [3, '个', '+3个', '+3个'],
])('changeText(%d, %s) = %s, in English %s', async (delta, unit, zh, en) => {
  const { translator } = await import('../../tests/unit/translator');
  expect(changeText(delta, unit, translator('zh_CN'))).toBe(zh);
  expect(changeText(delta, unit, translator('en'))).toBe(en);
});

test('the same number with another bound shows the two goals as written, not a bare 0', () => {
  const pages = twoYearsOfPages();
  const later = { ...(pages[1] as (typeof pages)[number]) };
  later.targets = later.targets.map((t) =>
    t.text === '5.5%左右' ? { ...t, text: '6%以内', value: 6, bound: '<=' as const } : t,
  );
  const earlier = { ...(pages[0] as (typeof pages)[number]) };
  render(<CompareView reports={targetsByReport([earlier, later], [])} />);
  choose('a', 'report:2021:全国');
  choose('b', 'report:2022:全国');
  const growth = screen.getAllByTestId('govmark-compare-row').find((r) => r.textContent?.includes('国内生产总值增速'));
  expect(
    within(growth as HTMLElement)
      .getAllByRole('cell')
      .at(-1)?.textContent,
  ).toBe('6%以上 → 6%以内');
});
