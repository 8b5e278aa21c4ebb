import type { Analysis } from '../../analysis/types';
import type { MainText } from '../../utils/main-text';

/**
 * Called after every pass that found a report, once its highlights are on the page: the hook for the
 * notes work (issue 4) to record the page and re-anchor notes through the background. `main.text` and its
 * offsets stay valid; its segments point at nodes as they were before highlighting split them, so call
 * `extractMainText(document)` again for live DOM positions. Never import Dexie here.
 */
export function onReportFound(_analysis: Analysis, _main: MainText): void {}
