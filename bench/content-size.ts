import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { T2S_PAIRS } from '../analysis/t2s-table';
import { type Bench, verdict } from './measure';

const ROOT = join(import.meta.dirname, '..');
const OUT = process.env.GOVMARK_OUT_DIR ?? join(ROOT, '.output');
const BUILDS = ['chrome-mv3', 'firefox-mv2'];
const CONTENT_SCRIPT = 'content-scripts/content.js';
/** The engine's script (entrypoints/analysis-engine.ts): run in a page only when the background cannot analyse it. */
const ENGINE_SCRIPT = 'analysis-engine.js';
/** The notes UI (entrypoints/notes-ui.ts): imported by the content script only on a page with notes, or to write one. */
const NOTES_UI_SCRIPT = 'notes-ui.js';
// What the traditional-character data may add to a script that carries it (issue 9), gzipped.
const MAX_TABLE_GZIP = 30 * 1024;

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const gzipped = (data: string | Uint8Array) => gzipSync(data, { level: 9 }).length;
/** The table's first pairs: minified or not, a script that carries the table holds them verbatim. */
const TABLE_SAMPLE = T2S_PAIRS.slice(0, 40);

/** The content script is loaded into every page of a matched site: its size is a cost paid on each. */
const bench: Bench = {
  name: 'content-size',
  run() {
    console.log('content-size: the built scripts a page may run, raw and gzipped (gzip -9)');
    let found = 0;
    for (const build of BUILDS) {
      for (const [name, file] of [
        ['content script', CONTENT_SCRIPT],
        ['engine (fallback only)', ENGINE_SCRIPT],
        ['notes UI (when needed)', NOTES_UI_SCRIPT],
      ] as const) {
        const path = join(OUT, build, file);
        if (!existsSync(path)) continue;
        found++;
        const bytes = readFileSync(path);
        const table = bytes.toString('utf8').includes(TABLE_SAMPLE) ? 'carries' : 'does not carry';
        console.log(
          `  ${build.padEnd(12)} ${name.padEnd(23)} ${kB(bytes.length)} raw, ${kB(gzipped(bytes))} gzip; ${table} the traditional → simplified table`,
        );
      }
    }
    if (found === 0) console.log(`  not built: run \`npx wxt build\` (and \`-b firefox\`) first (looked in ${OUT})`);
    const table = gzipped(T2S_PAIRS);
    console.log(
      `  the traditional → simplified table: ${kB(T2S_PAIRS.length)} raw, ${kB(table)} gzip: ${verdict(table <= MAX_TABLE_GZIP, `≤ ${kB(MAX_TABLE_GZIP)} gzip`)}`,
    );
  },
};

export default bench;
