import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIREFOX_PATH, firefoxExtensionDir, launchFirefox } from './driver-firefox';
import { defineScenarios } from './scenarios';
import { UI_LANGUAGES } from './ui-words';

/** The oldest Firefox GovMark promises to run in: the ESR that institutions and Debian ship (docs/extension.md). */
const OLDEST_ESR = '140.0';

const numbers = (version: string) => version.split('.').map((part) => Number.parseInt(part, 10) || 0);
/** a ≤ b for dotted version numbers. */
function notAbove(a: string, b: string): boolean {
  const [x, y] = [numbers(a), numbers(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0);
  }
  return true;
}

test('the manifest asks for no newer Firefox than the oldest supported ESR, nor than the one installed here', () => {
  const manifest = JSON.parse(readFileSync(join(firefoxExtensionDir(), 'manifest.json'), 'utf8'));
  const minimum: string = manifest.browser_specific_settings?.gecko?.strict_min_version ?? '0';
  const installed = /(\d+(?:\.\d+)+)/.exec(execFileSync(FIREFOX_PATH, ['--version'], { encoding: 'utf8' }))?.[1];
  expect(installed, `${FIREFOX_PATH} --version`).toBeDefined();
  expect(notAbove(minimum, OLDEST_ESR), `strict_min_version ${minimum} > ESR ${OLDEST_ESR}`).toBe(true);
  expect(notAbove(minimum, installed ?? '0'), `strict_min_version ${minimum} > installed ${installed}`).toBe(true);
  // data_collection_permissions is what makes 140 the floor: older Firefox ignores it.
  expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  expect(manifest.content_scripts[0].matches.every((m: string) => m.startsWith('*://'))).toBe(true);
});

// Launching installs the package exactly as built: a minimum above this Firefox makes every scenario fail.
// Chinese UI needs Debian's language pack firefox-esr-l10n-zh-cn (README, .ci/run).
describe('the shared scenarios in Firefox ESR', () => {
  for (const language of UI_LANGUAGES) defineScenarios(launchFirefox, language);
});
