import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { T2S_PAIRS } from '../analysis/t2s-table';
import { type Bench, verdict } from './measure';

const ROOT = join(import.meta.dirname, '..');
const OUT = process.env.GOVMARK_OUT_DIR ?? join(ROOT, '.output');
const BUILDS = ['chrome-mv3', 'firefox-mv2'];
// What the traditional-character data may add to the content script (issue 9), gzipped.
const MAX_TABLE_GZIP = 30 * 1024;

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const gzipped = (data: string | Uint8Array) => gzipSync(data, { level: 9 }).length;

/** The content script is loaded into every page of a matched site: its size is a cost paid on each. */
const bench: Bench = {
  name: 'content-size',
  run() {
    console.log('content-size: the built content script, raw and gzipped (gzip -9)');
    let found = 0;
    for (const build of BUILDS) {
      const file = join(OUT, build, 'content-scripts/content.js');
      if (!existsSync(file)) continue;
      found++;
      const bytes = readFileSync(file);
      console.log(`  ${build.padEnd(12)} ${kB(bytes.length)} raw, ${kB(gzipped(bytes))} gzip`);
    }
    if (found === 0) console.log(`  not built: run \`npx wxt build\` (and \`-b firefox\`) first (looked in ${OUT})`);
    const table = gzipped(T2S_PAIRS);
    console.log(
      `  of which the traditional → simplified table: ${kB(T2S_PAIRS.length)} raw, ${kB(table)} gzip: ${verdict(table <= MAX_TABLE_GZIP, `≤ ${kB(MAX_TABLE_GZIP)} gzip`)}`,
    );
  },
};

export default bench;
