// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import ImportPanel from './ImportPanel';

afterEach(cleanup);
vi.mock('../../utils/i18n', () => ({
  t: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}:${[subs].flat().join(',')}`),
}));

/** Chooses a file of `size` bytes whose contents must never be asked for. */
function choose(size: number) {
  const arrayBuffer = vi.fn(() => Promise.reject(new Error('read')));
  const input = screen.getByTestId('govmark-import') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [{ name: 'huge.json', size, arrayBuffer }], configurable: true });
  fireEvent.change(input);
  return arrayBuffer;
}

test('a file too large is refused by its size, without reading it', async () => {
  const prepare = vi.fn();
  render(<ImportPanel prepare={prepare} apply={vi.fn()} />);
  const read = choose(540 * 1024 * 1024);
  expect((await screen.findByTestId('govmark-import-error')).textContent).toBe('libraryImportError:importTooLarge');
  expect(read).not.toHaveBeenCalled();
  expect(prepare).not.toHaveBeenCalled();
});
