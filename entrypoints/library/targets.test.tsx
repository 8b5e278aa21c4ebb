// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { addAnnotation } from '../../storage/annotations';
import { putPage } from '../../storage/pages';
import { makeTestDb } from '../../tests/unit/fake-db';
import { libraryPages } from '../../tests/unit/library-pages';
import App from './App';

afterEach(cleanup);

const NMG = '2024-内蒙古自治区-政府工作报告';

async function openWithPages(db = makeTestDb()) {
  for (const page of libraryPages()) await putPage(db, page);
  // A note over the 托位 target (UTF-16 120–132 on page 08), and one elsewhere on that page.
  await addAnnotation(db, {
    url: 'https://szb.nmgnews.com.cn/2024/01/28/08.html',
    reportKey: NMG,
    quote: { type: 'TextQuoteSelector', exact: '托位', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 125, end: 127, codePointStart: 125, codePointEnd: 127 },
    note: '<i>比去年低</i>',
    tags: ['民生'],
  });
  await addAnnotation(db, { url: 'https://szb.nmgnews.com.cn/2024/01/28/08.html', reportKey: NMG, note: '页面批注' });
  const download = vi.fn();
  render(<App db={db} search="" download={download} />);
  await waitFor(() => expect(screen.getAllByTestId('govmark-targets')).toHaveLength(2));
  const table = screen
    .getAllByTestId('govmark-targets')
    .find((section) => section.dataset.report === NMG) as HTMLElement;
  return { db, download, table };
}

const rowTexts = (table: HTMLElement) =>
  within(table)
    .getAllByTestId('govmark-target-row')
    .map((row) => row.querySelector('td')?.textContent);

test('one table per report key: two newspaper pages make one table, with the reader’s notes beside', async () => {
  const { table } = await openWithPages();
  expect(rowTexts(table)).toEqual([
    '地区生产总值增长6%',
    '新增婴幼儿托位1.5万个',
    '粮食产量稳定在两位数',
    '城镇调查失业率5.5%左右',
  ]);
  const row = within(table).getAllByTestId('govmark-target-row')[1] as HTMLElement;
  expect(row.textContent).toContain('<i>比去年低</i>'); // as text
  expect(row.querySelector('i')).toBeNull();
  expect(row.textContent).toContain('民生');
  expect(row.textContent).toContain('卫生健康委');
});

test('sorts by a column (again: the other way) and filters by kind and text', async () => {
  const { table } = await openWithPages();
  fireEvent.click(within(table).getByTestId('govmark-sort-value'));
  expect(rowTexts(table)).toEqual([
    '城镇调查失业率5.5%左右',
    '地区生产总值增长6%',
    '新增婴幼儿托位1.5万个',
    '粮食产量稳定在两位数',
  ]);
  expect(within(table).getByTestId('govmark-sort-value').closest('th')?.getAttribute('aria-sort')).toBe('ascending');
  fireEvent.click(within(table).getByTestId('govmark-sort-value'));
  expect(rowTexts(table)).toEqual([
    '新增婴幼儿托位1.5万个',
    '地区生产总值增长6%',
    '城镇调查失业率5.5%左右',
    '粮食产量稳定在两位数',
  ]);
  fireEvent.change(within(table).getByTestId('govmark-targets-kind'), { target: { value: 'goal' } });
  expect(rowTexts(table)).toEqual(['新增婴幼儿托位1.5万个', '城镇调查失业率5.5%左右']);
  fireEvent.input(within(table).getByTestId('govmark-targets-filter'), { target: { value: '失业' } });
  expect(rowTexts(table)).toEqual(['城镇调查失业率5.5%左右']);
});

test('exports the table as shown to CSV with a targets file name', async () => {
  const { table, download } = await openWithPages();
  fireEvent.change(within(table).getByTestId('govmark-targets-kind'), { target: { value: 'goal' } });
  fireEvent.click(within(table).getByTestId('govmark-export-targets'));
  const [csv, name] = download.mock.calls[0] as [string, string];
  expect(name).toMatch(/^govmark-targets-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe('report,page,title,target,value,value_high,unit,bound,kind,agency,sentence,notes,tags');
  expect(lines).toHaveLength(3);
  expect(lines[1]).toContain('15000');
  expect(lines[1]).toContain('<i>比去年低</i>');
});

test('clearing the report history empties the targets tables and keeps every note', async () => {
  const { db } = await openWithPages();
  // Set and put back by hand: vi.unstubAllGlobals() would also take away the fake browser's `chrome`, which
  // the library's notes:changed listener still needs to unsubscribe when the test's page closes.
  const confirm = vi.fn(() => true);
  const before = globalThis.confirm;
  globalThis.confirm = confirm;
  fireEvent.click(screen.getByTestId('govmark-clear-pages'));
  await waitFor(() => expect(screen.queryAllByTestId('govmark-targets')).toHaveLength(0));
  expect(confirm).toHaveBeenCalledOnce();
  expect(await db.pages.count()).toBe(0);
  expect(await db.annotations.count()).toBe(2);
  globalThis.confirm = before;
});
