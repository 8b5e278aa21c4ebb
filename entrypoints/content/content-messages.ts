import * as v from 'valibot';
import { onMessage } from '../../utils/messaging';
import { CATEGORIES, type ContentFailure, type PageStatus } from '../../utils/protocol-content';
import type { GovmarkPage } from './govmark-page';

const CategoryVisible = v.object({ category: v.picklist(CATEGORIES), visible: v.boolean() });
const SiteDisabled = v.object({ disabled: v.boolean() });
const AnalyzeNow = v.optional(v.object({ asReport: v.optional(v.boolean()) }));

type Page = Pick<GovmarkPage, 'status' | 'setCategoryVisible' | 'analyzeNow' | 'setSiteDisabled'>;

function failure(error: unknown): ContentFailure {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}

/** The content script's answers to the popup and background, payloads validated first. */
export function contentHandlers(page: Page) {
  return {
    getPageStatus: (): PageStatus => page.status(),
    async setCategoryVisible(data: unknown): Promise<PageStatus | ContentFailure> {
      const parsed = v.safeParse(CategoryVisible, data);
      if (!parsed.success) return failure(`setCategoryVisible: ${parsed.issues[0].message}`);
      return page.setCategoryVisible(parsed.output.category, parsed.output.visible).catch(failure);
    },
    async analyzeNow(data: unknown): Promise<PageStatus | ContentFailure> {
      const parsed = v.safeParse(AnalyzeNow, data);
      if (!parsed.success) return failure(`analyzeNow: ${parsed.issues[0].message}`);
      return page.analyzeNow(parsed.output?.asReport === true).catch(failure);
    },
    async setSiteDisabled(data: unknown): Promise<PageStatus | ContentFailure> {
      const parsed = v.safeParse(SiteDisabled, data);
      if (!parsed.success) return failure(`setSiteDisabled: ${parsed.issues[0].message}`);
      return page.setSiteDisabled(parsed.output.disabled).catch(failure);
    },
  };
}

/** Listens for the content protocol's messages; returns the function that stops listening. */
export function registerContentMessages(page: Page): () => void {
  const handlers = contentHandlers(page);
  const removers = [
    onMessage('getPageStatus', () => handlers.getPageStatus()),
    onMessage('setCategoryVisible', ({ data }) => handlers.setCategoryVisible(data)),
    onMessage('analyzeNow', ({ data }) => handlers.analyzeNow(data)),
    onMessage('setSiteDisabled', ({ data }) => handlers.setSiteDisabled(data)),
  ];
  return () => {
    for (const remove of removers) remove();
  };
}
