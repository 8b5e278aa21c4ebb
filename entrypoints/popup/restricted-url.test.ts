import { expect, test } from 'vitest';
import { isRestrictedUrl } from './restricted-url';

test.each([
  ['chrome://extensions/', true],
  ['chrome-extension://abc/popup.html', true],
  ['about:blank', true],
  ['view-source:https://www.gov.cn/', true],
  ['edge://settings', true],
  ['https://chromewebstore.google.com/detail/x', true],
  ['https://chrome.google.com/webstore/category/extensions', true],
  ['https://addons.mozilla.org/zh-CN/firefox/', true],
  ['https://www.gov.cn/zhengce/2022-03/12/content_5678750.htm', false],
  ['http://example.org/report.html', false],
  ['file:///home/me/report.html', false],
  [undefined, false],
])('%s -> %s', (url, restricted) => {
  expect(isRestrictedUrl(url)).toBe(restricted);
});
