import { describe, expect, test } from 'vitest';
import { fakeUserSitesApi } from '../../tests/unit/fake-user-sites-api';
import { contentScriptFiles, serialSync, syncUserSites, USER_SITES_SCRIPT_ID } from './user-sites';

describe('syncUserSites', () => {
  test('a granted site registers the user-sites script with the manifest content script files', async () => {
    const api = fakeUserSitesApi(['*://*.gov.cn/*', '*://example.org/*']);
    expect(await syncUserSites(api)).toEqual(['*://example.org/*']);
    expect(api.scripts.get(USER_SITES_SCRIPT_ID)).toEqual({
      id: USER_SITES_SCRIPT_ID,
      matches: ['*://example.org/*'],
      js: ['content-scripts/content.js'],
      runAt: 'document_idle',
      allFrames: false,
    });
  });

  test('a second grant updates the matches; syncing again changes nothing', async () => {
    const api = fakeUserSitesApi(['*://example.org/*']);
    await syncUserSites(api);
    api.granted.push('*://news.example.com/*');
    await syncUserSites(api);
    expect(api.scripts.get(USER_SITES_SCRIPT_ID)?.matches).toEqual(['*://example.org/*', '*://news.example.com/*']);
    await syncUserSites(api);
    expect(api.scripting.updateContentScripts).toHaveBeenCalledTimes(1);
    expect(api.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
  });

  test('removing the last site unregisters the script', async () => {
    const api = fakeUserSitesApi(['*://example.org/*']);
    await syncUserSites(api);
    api.granted.length = 0;
    expect(await syncUserSites(api)).toEqual([]);
    expect(api.scripts.size).toBe(0);
    expect(api.scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: [USER_SITES_SCRIPT_ID] });
  });

  test('default sites and match-all grants register nothing', async () => {
    const api = fakeUserSitesApi(['*://www.gov.cn/*', '*://*/*']);
    expect(await syncUserSites(api)).toEqual([]);
    expect(api.scripting.registerContentScripts).not.toHaveBeenCalled();
  });

  test('serialSync never registers twice when grants arrive together', async () => {
    const api = fakeUserSitesApi(['*://example.org/*']);
    const sync = serialSync(api);
    await Promise.all([sync(), sync(), sync()]);
    expect(api.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
  });
});

test('contentScriptFiles copies js, css and run_at, with a fallback', () => {
  expect(
    contentScriptFiles({
      manifest_version: 3,
      name: 'x',
      version: '1',
      content_scripts: [{ matches: [], js: ['a.js'], css: ['a.css'], run_at: 'document_end' }],
    }),
  ).toEqual({ js: ['a.js'], css: ['a.css'], runAt: 'document_end' });
  expect(contentScriptFiles({ manifest_version: 3, name: 'x', version: '1' })).toEqual({
    js: ['content-scripts/content.js'],
    runAt: 'document_idle',
  });
});
