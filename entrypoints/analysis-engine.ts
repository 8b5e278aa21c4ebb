import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { analyzeInSteps } from '../analysis';
import { ENGINE_KEY, type EngineScope } from '../utils/engine-key';

/**
 * The analysis engine for a page's own analysis, run in the content script's world by the background only
 * when the background could not analyse the page: the content script itself does not carry the engine. It
 * leaves the engine a stage at a time, so the page's analysis never holds the page in one long task.
 */
export default defineUnlistedScript(() => {
  (globalThis as EngineScope)[ENGINE_KEY] = analyzeInSteps;
});
