import { defineAttackerRows } from './attacker-rows';
import { launchChromium } from './driver-chromium';

// The issue 12 checklist (attacker-rows.ts), played as page script in Debian's Chromium.
defineAttackerRows(launchChromium);
