import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExportKind, exportFileName } from './export-file-name';

// Shanghai is UTC+8, so a local date shortly after midnight is still the previous day in UTC.
const savedTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Asia/Shanghai';
});
afterAll(() => {
  process.env.TZ = savedTz;
});

test.each<[ExportKind, string]>([
  ['csv', 'govmark-2024-11-28.csv'],
  ['md', 'govmark-2024-11-28.md'],
  ['json', 'govmark-2024-11-28.json'],
  ['targets-csv', 'govmark-targets-2024-11-28.csv'],
])('%s -> %s', (kind, name) => {
  expect(exportFileName(kind, new Date(2024, 10, 28, 9, 30))).toBe(name);
});

test.each([
  [new Date('2024-11-27T16:30:00Z'), 'govmark-2024-11-28.csv'],
  [new Date('2024-01-01T15:59:59Z'), 'govmark-2024-01-01.csv'],
  [new Date('2024-12-31T16:00:00Z'), 'govmark-2025-01-01.csv'],
])('uses the local date: %s -> %s', (date, name) => {
  expect(exportFileName('csv', date)).toBe(name);
});

test('defaults to now', () => {
  expect(exportFileName('json')).toMatch(/^govmark-\d{4}-\d{2}-\d{2}\.json$/);
});
