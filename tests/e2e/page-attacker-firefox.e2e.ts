import { defineAttackerRows } from './attacker-rows';
import { launchFirefox } from './driver-firefox';

// The issue 12 checklist (attacker-rows.ts), played as page script in Firefox ESR (puppeteer over BiDi).
defineAttackerRows(launchFirefox);
