import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { learnMessages } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';
import { DEFAULT_SITES } from '../../utils/sites';
import { cardFeature } from './card-feature';
import { registerContentMessages } from './content-messages';
import { GovmarkPage } from './govmark-page';
import { IndicatorCard } from './indicator-card';
import { legendFeature } from './legend-feature';
import { LEGEND_MESSAGE_KEYS } from './legend-view';
import { LazyNotes } from './notes/lazy-notes';
import { registerPageNotesMessages } from './notes/notes-messages';
import { loadedAnalyzer, offPageAnalyzer } from './page-analyzer';
import { recordFeature } from './record-feature';
import { createSiteSwitch } from './site-switch';
import { takeOverPage } from './take-over-page';
// Declared with the script (manifest `css`; injected beside it where the background injects the script).
import './page-style.css';

export default defineContentScript({
  matches: [...DEFAULT_SITES],
  runAt: 'document_idle',
  // No `window.postMessage` announcing `<extension id>:content:wxt:content-script-started` to the page (issue 12).
  noScriptStartedPostMessage: true,
  main(ctx: ContentScriptContext) {
    // The same bundle may run again in this page (activeTab injection, registered user sites): the newer copy wins.
    takeOverPage(ctx);
    // The legend's strings, asked for with the first article text sent (a page without one shows no legend)
    // and looked up by the background while it reads the text: no getMessage() on the first pass.
    let stringsAsked = false;
    const askStrings = () => {
      if (stringsAsked) return;
      stringsAsked = true;
      sendMessage('uiMessages', [...LEGEND_MESSAGE_KEYS]).then(learnMessages, () => {});
    };
    // The notes UI is not in this script: it loads the first time the page has notes or the reader starts one.
    const notes = new LazyNotes({ notes: { change: (op) => page.change(op) } });
    const indicators = new IndicatorCard();
    const page = new GovmarkPage({
      siteSwitch: createSiteSwitch(location.hostname),
      analyzer: offPageAnalyzer({
        send: (data) => {
          askStrings();
          return sendMessage('analyzeText', data);
        },
        // The whole analysis stays in the background until a card or the popup needs a target's details.
        fetchKept: (token) => sendMessage('keptAnalysis', { token }),
        record: true,
        recordKept: (token) => sendMessage('recordKept', { token }),
        // The engine is not in this script: the background runs its script here only if it cannot analyse.
        fallback: loadedAnalyzer(() => sendMessage('loadAnalyzer', undefined)),
      }),
      features: [
        cardFeature((target, targets) => indicators.rows(target, targets)),
        legendFeature(),
        recordFeature({ onRecorded: () => void indicators.refresh() }),
        notes,
      ],
      // Firefox keeps the address a document loaded with as the sender's: the background learns where it went.
      onAddress: (url) => sendMessage('pageMoved', { url }),
      timers: {
        setTimeout: (handler, ms) => ctx.setTimeout(handler, ms),
        clearTimeout: (id) => clearTimeout(id as number),
      },
    });
    ctx.onInvalidated(registerContentMessages(page));
    ctx.onInvalidated(registerPageNotesMessages(notes));
    ctx.onInvalidated(() => notes.destroy());
    ctx.onInvalidated(() => page.destroy());
    ctx.addEventListener(window, 'wxt:locationchange', () => page.schedule());
    page.start().catch((error) => console.error('GovMark:', error));
  },
});
