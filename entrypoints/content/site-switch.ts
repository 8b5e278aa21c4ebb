import { browser } from 'wxt/browser';

/** storage.local key: the host names where the reader chose "在此网站关闭". */
export const DISABLED_SITES_KEY = 'disabledSites';

type LocalArea = Pick<typeof browser.storage.local, 'get' | 'set'>;

/** The switched-off host names, in the order they were switched off. */
export async function getDisabledSites(area: LocalArea = browser.storage.local): Promise<string[]> {
  const stored = (await area.get(DISABLED_SITES_KEY))[DISABLED_SITES_KEY];
  return Array.isArray(stored) ? stored.filter((h): h is string => typeof h === 'string') : [];
}

export async function isSiteDisabled(hostname: string, area: LocalArea = browser.storage.local): Promise<boolean> {
  return (await getDisabledSites(area)).includes(hostname.toLowerCase());
}

/** Switches GovMark off (or on again) for one host name, e.g. `www.gov.cn`. */
export async function setSiteDisabled(
  hostname: string,
  disabled: boolean,
  area: LocalArea = browser.storage.local,
): Promise<void> {
  const host = hostname.toLowerCase();
  const sites = await getDisabledSites(area);
  if (sites.includes(host) === disabled) return;
  await area.set({ [DISABLED_SITES_KEY]: disabled ? [...sites, host] : sites.filter((h) => h !== host) });
}

/** What a page needs to know about its own host's switch. */
export interface SiteSwitch {
  isDisabled(): Promise<boolean>;
  setDisabled(disabled: boolean): Promise<void>;
  /** Calls back when the switch changes elsewhere (popup, options page, another tab); returns the unsubscribe. */
  watch(onChange: (disabled: boolean) => void): () => void;
}

export function createSiteSwitch(hostname: string): SiteSwitch {
  const host = hostname.toLowerCase();
  return {
    isDisabled: () => isSiteDisabled(host),
    setDisabled: (disabled) => setSiteDisabled(host, disabled),
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
        const change = changes[DISABLED_SITES_KEY];
        if (areaName !== 'local' || !change) return;
        onChange(Array.isArray(change.newValue) && change.newValue.includes(host));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
