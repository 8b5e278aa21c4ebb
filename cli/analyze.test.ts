import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const FIXTURES = 'tests/fixtures';

function cli(...args: string[]) {
  return cliWithInput('', ...args);
}

function cliWithInput(input: string, ...args: string[]) {
  const run = spawnSync(TSX, ['cli/analyze.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, input });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'govmark-cli-'));
const empty = join(tmp, 'empty.txt');
const binary = join(tmp, 'binary.html');
const folder = join(tmp, 'folder.txt');
writeFileSync(empty, '');
writeFileSync(binary, new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]));
mkdirSync(folder);

test('--json: one line per file in input order, error lines for bad files, exit 1', { timeout: 60_000 }, () => {
  const files = [
    `${FIXTURES}/pages/epaper-nmg-2024-p08.html`,
    join(tmp, 'missing.txt'),
    empty,
    `${FIXTURES}/text/cn-2022-review.gb18030.txt`,
    binary,
    folder,
    `${FIXTURES}/pages/govcn-report-2022-gbk.html`,
  ];
  const { status, stdout, stderr } = cli('--json', ...files);
  expect(status).toBe(1);
  const lines = stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
  expect(lines.map((line) => line.file)).toEqual(files);
  const failed = lines.filter((line) => 'error' in line).map((line) => line.file);
  expect(failed).toEqual([files[1], empty, binary, folder]);
  for (const file of failed) expect(stderr).toContain(file);
  for (const line of lines.filter((line) => !('error' in line))) {
    expect(typeof line.isReport).toBe('boolean');
    expect(Array.isArray(line.targets) && Array.isArray(line.agencies)).toBe(true);
  }
  // The engine saw the same text from the GBK page as from its UTF-8 twin.
  const utf8 = JSON.parse(cli('--json', `${FIXTURES}/pages/govcn-report-2022.html`).stdout);
  expect({ ...lines[6], file: '' }).toEqual({ ...utf8, file: '' });
});

test('all files fine: exit 0; the table names each file; --csv starts with a BOM and a header', {
  timeout: 60_000,
}, () => {
  const page = `${FIXTURES}/pages/portal-bj-2026.html`;
  const table = cli(page, `${FIXTURES}/pages/news-stats-q3.html`);
  expect(table.status).toBe(0);
  expect(table.stdout).toMatch(/^== tests\/fixtures\/pages\/portal-bj-2026\.html: /);
  expect(table.stdout).toContain('\n== tests/fixtures/pages/news-stats-q3.html: ');
  expect(table.stderr).toBe('');
  const csv = cli('--csv', page);
  expect(csv.status).toBe(0);
  expect(csv.stdout.startsWith('\uFEFFfile,start,end,text,value,value_high,unit,bound,kind,agency,context\r\n')).toBe(
    true,
  );
});

test('bad usage: exit 2 with the usage on stderr', { timeout: 60_000 }, () => {
  const { status, stdout, stderr } = cli('--yaml', 'a.txt');
  expect(status).toBe(2);
  expect(stdout).toBe('');
  expect(stderr).toContain('usage: npm run analyze');
});

test('- reads standard input, and the JSON line names it -', { timeout: 60_000 }, () => {
  const text = '今年主要预期目标是：城镇新增就业1200万人以上，国内生产总值增长5%左右。\r\n';
  const { status, stdout } = cliWithInput(text, '--json', '-');
  expect(status).toBe(0);
  const line = JSON.parse(stdout);
  expect(line.file).toBe('-');
  expect(line.targets.map((t: { text: string }) => t.text)).toEqual(['1200万人以上', '5%左右']);
});
