import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import type { UserSitesApi } from '../../entrypoints/background/user-sites';

type Script = Browser.scripting.RegisteredContentScript;

/** A browser whose granted origins and registered scripts are plain state, as Chrome keeps them. */
export function fakeUserSitesApi(granted: string[] = []) {
  const scripts = new Map<string, Script>();
  const api = {
    granted,
    scripts,
    permissions: { getAll: vi.fn(async () => ({ origins: [...api.granted], permissions: [] })) },
    scripting: {
      getRegisteredContentScripts: vi.fn(async (filter?: { ids?: string[] }) =>
        [...scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
      ),
      registerContentScripts: vi.fn(async (list: Script[]) => {
        for (const s of list) {
          if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          scripts.set(s.id, s);
        }
      }),
      updateContentScripts: vi.fn(async (list: Partial<Script>[]) => {
        for (const s of list) scripts.set(s.id as string, { ...(scripts.get(s.id as string) as Script), ...s });
      }),
      unregisterContentScripts: vi.fn(async (filter?: { ids?: string[] }) => {
        for (const id of filter?.ids ?? [...scripts.keys()]) scripts.delete(id);
      }),
    },
    runtime: {
      getManifest: () =>
        ({
          manifest_version: 3,
          name: 'GovMark',
          version: '0.1.0',
          content_scripts: [
            { matches: ['*://*.gov.cn/*'], js: ['content-scripts/content.js'], run_at: 'document_idle' },
          ],
        }) as Browser.runtime.Manifest,
    },
  };
  return api as typeof api & UserSitesApi;
}
