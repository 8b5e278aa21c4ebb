import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

/**
 * Builds the Chrome extension (`wxt build`) of the tree at `cwd` (this repository by default) into `outDir`,
 * beside the e2e build rather than over it; throws when the build fails.
 */
export function buildExtension(outDir: string, cwd = ROOT): void {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, GOVMARK_OUT_DIR: outDir },
  });
  if (result.status !== 0) throw new Error(`wxt build failed in ${cwd} (exit ${result.status})`);
}
