import { describe, expect, test } from 'vitest';
import { isCoveredByDefaults, isWholeSuffix, originPatternFor, siteLabel, userOrigins } from './site-patterns';

describe('originPatternFor', () => {
  test.each([
    ['example.org', '*://example.org/*'],
    ['  Example.ORG  ', '*://example.org/*'],
    ['https://www.example.org/a/b?c=1#d', '*://www.example.org/*'],
    ['http://example.org:8080/x', '*://example.org/*'],
    ['*.example.org', '*://*.example.org/*'],
    ['https://*.example.org/', '*://*.example.org/*'],
    ['新华网.中国', '*://xn--xkrr14bows.xn--fiqs8s/*'],
    ['127.0.0.1', '*://127.0.0.1/*'],
    ['', null],
    ['   ', null],
    ['chrome://extensions', null],
    ['file:///etc/passwd', null],
    ['*', null],
    ['*.', null],
    ['a*b.com', null],
    ['user@example.org', null],
    ['exa mple.org', null],
    ['example..org', null],
  ])('%j -> %j', (input, expected) => {
    expect(originPatternFor(input)).toBe(expected);
  });
});

test.each([
  ['*://*.cn/*', true],
  ['*://*.com/*', true],
  ['*://*.example.cn/*', false],
  ['*://*.com.cn/*', true],
  ['*://*.org.uk/*', true],
  ['*://*.gov.cn/*', true],
  ['*://*.hndaily.cn/*', false],
  ['*://cn/*', false],
  ['*://localhost/*', false],
])('isWholeSuffix(%s) -> %s', (pattern, expected) => {
  expect(isWholeSuffix(pattern)).toBe(expected);
});

describe('isCoveredByDefaults', () => {
  const defaults = ['*://*.gov.cn/*', '*://*.people.com.cn/*'];
  test.each([
    ['*://www.gov.cn/*', true],
    ['*://gov.cn/*', true],
    ['*://*.beijing.gov.cn/*', true],
    ['*://*.gov.cn/*', true],
    ['*://notgov.cn/*', false],
    ['*://example.org/*', false],
    ['*://*/*', false],
  ])('%s -> %s', (pattern, expected) => {
    expect(isCoveredByDefaults(pattern, defaults)).toBe(expected);
  });
});

test('userOrigins keeps concrete hosts the defaults do not cover, sorted and unique', () => {
  const granted = [
    '*://*/*',
    '*://www.gov.cn/*',
    '*://z.example/*',
    '*://a.example/*',
    '*://a.example/*',
    '<all_urls>',
  ];
  expect(userOrigins(granted, ['*://*.gov.cn/*'])).toEqual(['*://a.example/*', '*://z.example/*']);
});

test('siteLabel shows the host', () => {
  expect(siteLabel('*://*.example.org/*')).toBe('*.example.org');
  expect(siteLabel('<all_urls>')).toBe('<all_urls>');
});
