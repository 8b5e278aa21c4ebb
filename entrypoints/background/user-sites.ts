import type { Browser } from 'wxt/browser';
import { userOrigins } from '../../utils/site-patterns';

/** The id of the one dynamic content script that runs GovMark on the sites the user added. */
export const USER_SITES_SCRIPT_ID = 'govmark-user-sites';

type RegisteredContentScript = Browser.scripting.RegisteredContentScript;

/** The parts of `browser` that syncing needs; tests pass fakes. */
export interface UserSitesApi {
  permissions: Pick<typeof Browser.permissions, 'getAll'>;
  scripting: Pick<
    typeof Browser.scripting,
    'getRegisteredContentScripts' | 'registerContentScripts' | 'updateContentScripts' | 'unregisterContentScripts'
  >;
  runtime: Pick<typeof Browser.runtime, 'getManifest'>;
}

/** The files and timing of the manifest's own content script, so user sites get exactly the same script. */
export function contentScriptFiles(manifest: Browser.runtime.Manifest): {
  js: string[];
  css?: string[];
  runAt: NonNullable<RegisteredContentScript['runAt']>;
} {
  const declared = manifest.content_scripts?.[0];
  return {
    js: declared?.js?.length ? declared.js : ['content-scripts/content.js'],
    ...(declared?.css?.length ? { css: declared.css } : {}),
    runAt: (declared?.run_at as RegisteredContentScript['runAt']) ?? 'document_idle',
  };
}

/**
 * Makes the registered user-sites script match the granted host permissions: registers it when the
 * first site is granted, updates its matches, unregisters it when none is left. Returns the user origins.
 */
export async function syncUserSites(api: UserSitesApi): Promise<string[]> {
  const { origins = [] } = await api.permissions.getAll();
  const wanted = userOrigins(origins);
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
  const registered = existing.find((script) => script.id === USER_SITES_SCRIPT_ID);
  if (wanted.length === 0) {
    if (registered) await api.scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
    return wanted;
  }
  if (registered) {
    const same = JSON.stringify([...(registered.matches ?? [])].sort()) === JSON.stringify(wanted);
    if (!same) {
      const files = contentScriptFiles(api.runtime.getManifest());
      await api.scripting.updateContentScripts([{ id: USER_SITES_SCRIPT_ID, matches: wanted, js: files.js }]);
    }
    return wanted;
  }
  await api.scripting.registerContentScripts([
    { id: USER_SITES_SCRIPT_ID, matches: wanted, allFrames: false, ...contentScriptFiles(api.runtime.getManifest()) },
  ]);
  return wanted;
}

/** Runs syncs one after another, so a grant arriving during startup's sync cannot race it. */
export function serialSync(api: UserSitesApi): () => Promise<string[]> {
  let last: Promise<unknown> = Promise.resolve();
  return () => {
    const next = last.then(
      () => syncUserSites(api),
      () => syncUserSites(api),
    );
    last = next.catch(() => undefined);
    return next;
  };
}
