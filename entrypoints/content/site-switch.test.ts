import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSiteSwitch, DISABLED_SITES_KEY, getDisabledSites, isSiteDisabled, setSiteDisabled } from './site-switch';

beforeEach(() => fakeBrowser.reset());

test('switching a site off and on again is remembered in storage.local', async () => {
  expect(await getDisabledSites()).toEqual([]);
  await setSiteDisabled('www.gov.cn', true);
  await setSiteDisabled('WWW.People.com.cn', true);
  await setSiteDisabled('www.gov.cn', true);
  expect(await fakeBrowser.storage.local.get(DISABLED_SITES_KEY)).toEqual({
    [DISABLED_SITES_KEY]: ['www.gov.cn', 'www.people.com.cn'],
  });
  expect(await isSiteDisabled('www.people.com.cn')).toBe(true);
  await setSiteDisabled('www.gov.cn', false);
  expect(await isSiteDisabled('www.gov.cn')).toBe(false);
  expect(await getDisabledSites()).toEqual(['www.people.com.cn']);
});

test('a malformed stored value reads as nothing switched off', async () => {
  await fakeBrowser.storage.local.set({ [DISABLED_SITES_KEY]: 'www.gov.cn' });
  expect(await getDisabledSites()).toEqual([]);
});

test('a page hears its own host switched elsewhere, and stops hearing when unsubscribed', async () => {
  const onChange = vi.fn();
  const unwatch = createSiteSwitch('www.gov.cn').watch(onChange);
  await setSiteDisabled('www.gov.cn', true);
  await setSiteDisabled('news.cn', true);
  expect(onChange.mock.calls).toEqual([[true], [true]]);
  unwatch();
  await setSiteDisabled('www.gov.cn', false);
  expect(onChange).toHaveBeenCalledTimes(2);
});
