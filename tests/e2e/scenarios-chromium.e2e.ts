import { describe } from 'vitest';
import { launchChromium } from './driver-chromium';
import { defineScenarios } from './scenarios';
import { UI_LANGUAGES } from './ui-words';

// The shared scenarios (scenarios.ts) in Debian's Chromium, in each UI language; the other *.e2e.ts files go
// deeper in Chromium.
describe('the shared scenarios in Chromium', () => {
  for (const language of UI_LANGUAGES) defineScenarios(launchChromium, language);
});
