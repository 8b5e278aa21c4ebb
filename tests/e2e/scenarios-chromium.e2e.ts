import { describe } from 'vitest';
import { launchChromium } from './driver-chromium';
import { defineScenarios } from './scenarios';

// The shared scenarios (scenarios.ts) in Debian's Chromium; the other *.e2e.ts files go deeper in Chromium.
describe('the shared scenarios in Chromium', () => defineScenarios(launchChromium));
