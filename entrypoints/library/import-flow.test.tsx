// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { listAll } from '../../storage/annotations';
import type { GovMarkDB } from '../../storage/db';
import { serializeExport, toWebAnnotations } from '../../storage/export-json';
import type { Annotation } from '../../storage/types';
import { makeTestDb } from '../../tests/unit/fake-db';
import { libraryRecords, seed } from '../../tests/unit/library-records';
import App from './App';

// The reasons are worded through t(); these tests read them as the Chinese UI shows them.
vi.mock('../../utils/i18n', async () => ({ t: (await import('../../tests/unit/translator')).translator('zh_CN') }));

afterEach(cleanup);

const exportOf = (records: readonly Annotation[]) =>
  serializeExport(toWebAnnotations(records, { exportedAt: new Date(Date.UTC(2024, 10, 28)) }));

async function open(db: GovMarkDB) {
  render(<App db={db} search="" download={vi.fn()} />);
  await waitFor(() => expect(document.querySelector('main')?.dataset.state).toBe('indexed'));
}

function choose(text: string | Uint8Array<ArrayBuffer>) {
  const file = new File([text], 'govmark.json', { type: 'application/json' });
  fireEvent.change(screen.getByTestId('govmark-import'), { target: { files: [file] } });
}

const cards = () => screen.queryAllByTestId('govmark-annotation');

describe('import', () => {
  test.each([
    ['not JSON', '{"format": "govmark", ', '不是有效的 JSON'],
    ['another format', '{"format": "other"}', '不是 GovMark 导出文件'],
    ['one bad record', exportOf(libraryRecords(3)).replace('"type": "Annotation"', '"type": "Note"'), '第 1 条批注'],
    // An export saved again as GBK: 批注 as C5FA D7A2.
    ['GBK bytes', Uint8Array.from([0x7b, 0x22, 0xc5, 0xfa, 0xd7, 0xa2, 0x22, 0x7d]), '不是 UTF-8'],
    ['nothing in it', '', '文件是空的'],
  ])('a file with %s shows why and writes nothing', async (_, text, message) => {
    const db = makeTestDb();
    const stored = libraryRecords(2);
    await seed(db, stored);
    await open(db);
    choose(text);
    expect((await screen.findByTestId('govmark-import-error')).textContent).toContain(message);
    expect(screen.queryByTestId('govmark-import-confirm')).toBeNull();
    expect(await listAll(db)).toEqual([...stored].reverse()); // newest first, as stored
  });

  test('a good file is summarised, written only on confirm, and the list refreshes', async () => {
    const db = makeTestDb();
    const [first, second, ...rest] = libraryRecords(5) as [Annotation, Annotation, ...Annotation[]];
    await seed(db, [first, second]);
    await open(db);
    expect(cards()).toHaveLength(2);
    const edited = { ...second, note: '在另一台电脑上改过', updated: second.updated + 1000 };
    choose(exportOf([first, edited, ...rest]));
    expect((await screen.findByTestId('govmark-import-summary')).textContent).toBe(
      '导入 5 条，其中 1 条已存在将更新，1 条与本地相同将跳过',
    );
    expect(await db.annotations.count()).toBe(2); // nothing written before the confirm
    fireEvent.click(screen.getByTestId('govmark-import-confirm'));
    await screen.findByTestId('govmark-import-result');
    expect(await db.annotations.count()).toBe(5);
    expect((await db.annotations.get(second.id))?.note).toBe('在另一台电脑上改过');
    await waitFor(() => expect(cards()).toHaveLength(5));
    // The imported notes are searchable at once.
    fireEvent.input(screen.getByTestId('govmark-search'), { target: { value: '另一台电脑' } });
    await waitFor(() => expect(cards().map((c) => c.dataset.id)).toEqual([second.id]));
  });

  test('importing the same file again changes nothing', async () => {
    const db = makeTestDb();
    const records = libraryRecords(4);
    await seed(db, records);
    await open(db);
    const before = await listAll(db);
    choose(exportOf(records));
    expect((await screen.findByTestId('govmark-import-summary')).textContent).toContain('不会有任何改动');
    expect(screen.queryByTestId('govmark-import-confirm')).toBeNull();
    expect(await listAll(db)).toEqual(before);
  });
});
