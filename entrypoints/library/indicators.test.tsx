// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { addAnnotation } from '../../storage/annotations';
import { putPage } from '../../storage/pages';
import { makeTestDb } from '../../tests/unit/fake-db';
import { TEXT_2022, twoYearsOfPages, URL_2022 } from '../../tests/unit/two-years';
import App from './App';

afterEach(cleanup);
// The change of goal is worded through t(): read as the Chinese UI shows it.
vi.mock('../../utils/i18n', async () => ({ t: (await import('../../tests/unit/translator')).translator('zh_CN') }));

const cells = (row: HTMLElement) => [...row.querySelectorAll('td')].map((td) => td.textContent);

test('per report an indicators table (last year’s goal, result, goal, notes) and a compare view', async () => {
  const db = makeTestDb();
  for (const page of twoYearsOfPages()) await putPage(db, page);
  const at = TEXT_2022.indexOf('8.1%');
  await addAnnotation(db, {
    url: URL_2022,
    reportKey: 'report:2022:全国',
    quote: { type: 'TextQuoteSelector', exact: '8.1%', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: at, end: at + 4, codePointStart: at, codePointEnd: at + 4 },
    note: '超额完成',
    tags: [],
  });
  const download = vi.fn();
  render(<App db={db} search="" download={download} />);
  await waitFor(() => expect(screen.getAllByTestId('govmark-indicators')).toHaveLength(2));
  const table = screen
    .getAllByTestId('govmark-indicators')
    .find((t) => t.dataset.report === 'report:2022:全国') as HTMLElement;
  // Every table on the page has a name: the targets', the indicators', the compare view's.
  expect(screen.getAllByRole('table', { name: /\S/ })).toHaveLength(screen.getAllByRole('table').length);
  const rows = within(table).getAllByTestId('govmark-indicator-row');
  expect(rows.map(cells)).toEqual([
    ['国内生产总值增速', '6%以上', '8.1%', '5.5%左右', '超额完成'],
    ['城镇新增就业', '1100万人以上', '1269万人', '1100万人以上', ''],
    ['粮食产量', '1.3万亿斤以上', '1.37万亿斤', '1.3万亿斤以上', ''],
  ]);
  fireEvent.click(within(table).getByTestId('govmark-export-indicators'));
  const [csv, fileName] = download.mock.calls[0] ?? [];
  expect(fileName).toMatch(/^govmark-indicators-\d{4}-\d\d-\d\d\.csv$/);
  expect(String(csv).split('\r\n')[1]).toBe('国内生产总值增速,6%以上,8.1%,5.5%左右,%,超额完成');

  // The compare view preselects the two years of one government, the earlier first.
  const compare = screen.getByTestId('govmark-compare');
  expect((within(compare).getByTestId('govmark-compare-a') as HTMLSelectElement).value).toBe('report:2021:全国');
  expect(cells(within(compare).getAllByTestId('govmark-compare-row')[0] as HTMLElement)).toEqual([
    '国内生产总值增速',
    '6%以上',
    '8.1%',
    '5.5%左右',
    '-0.5个百分点',
  ]);
  // Either order: the earlier report is still A.
  fireEvent.change(within(compare).getByTestId('govmark-compare-a'), { target: { value: 'report:2022:全国' } });
  fireEvent.change(within(compare).getByTestId('govmark-compare-b'), { target: { value: 'report:2021:全国' } });
  expect(cells(within(compare).getAllByTestId('govmark-compare-row')[0] as HTMLElement)[1]).toBe('6%以上');
});
