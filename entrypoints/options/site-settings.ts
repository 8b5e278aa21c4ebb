import { browser } from 'wxt/browser';
import { sendMessage } from '../../utils/messaging';
import { userOrigins } from '../../utils/site-patterns';
import { getDisabledSites, setSiteDisabled } from '../content/site-switch';

/** What the options page reads and changes; tests pass fakes. */
export interface SiteSettingsApi {
  /** The sites the user added: granted optional host patterns the defaults do not cover. */
  userSites(): Promise<string[]>;
  /** Asks the browser for access to one site. Must be the first call in a click handler (user gesture). */
  requestSite(pattern: string): Promise<boolean>;
  removeSite(pattern: string): Promise<void>;
  disabledSites(): Promise<string[]>;
  enableSite(host: string): Promise<void>;
}

export const browserSiteSettings: SiteSettingsApi = {
  async userSites() {
    return userOrigins((await browser.permissions.getAll()).origins ?? []);
  },
  async requestSite(pattern) {
    const granted = await browser.permissions.request({ origins: [pattern] });
    // permissions.onAdded registers the script too; asking makes the list right even if the worker was asleep.
    if (granted) await sendMessage('syncUserSites', undefined).catch(() => undefined);
    return granted;
  },
  async removeSite(pattern) {
    await browser.permissions.remove({ origins: [pattern] });
    await sendMessage('syncUserSites', undefined).catch(() => undefined);
  },
  disabledSites: () => getDisabledSites(),
  enableSite: (host) => setSiteDisabled(host, false),
};
