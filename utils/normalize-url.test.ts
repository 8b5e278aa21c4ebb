import { describe, expect, test } from 'vitest';
import { normalizeUrl } from './normalize-url';

describe('normalizeUrl', () => {
  test.each([
    [
      'drops the fragment',
      'https://www.gov.cn/zhengce/2024-03/12/content_1.htm#p3',
      'https://www.gov.cn/zhengce/2024-03/12/content_1.htm',
    ],
    ['lower-cases the host', 'https://WWW.Gov.CN/a/B.html', 'https://www.gov.cn/a/B.html'],
    ['drops the default https port', 'https://www.gov.cn:443/a', 'https://www.gov.cn/a'],
    [
      'drops the default http port',
      'http://paper.people.com.cn:80/rmrb/html/1.htm',
      'http://paper.people.com.cn/rmrb/html/1.htm',
    ],
    ['keeps other ports', 'http://localhost:45507/report.html', 'http://localhost:45507/report.html'],
    ['drops utm_* in any case', 'https://a.cn/p?utm_source=wx&UTM_Medium=x&id=3', 'https://a.cn/p?id=3'],
    ['drops WeChat share parameters', 'https://a.cn/p?from=singlemessage&isappinstalled=0', 'https://a.cn/p'],
    ['drops spm, fbclid, gclid', 'https://a.cn/p?spm=a2c4.1&fbclid=x&gclid=y', 'https://a.cn/p'],
    ['drops share_token', 'https://a.cn/p?share_token=abc&page=2', 'https://a.cn/p?page=2'],
    ['keeps meaningful parameters in their order', 'https://a.cn/p?z=1&a=2&utm_id=9&m=3', 'https://a.cn/p?z=1&a=2&m=3'],
    [
      'keeps parameter spelling exactly',
      'https://a.cn/p?q=%E6%8A%A5%E5%91%8A+2024&x=a%20b',
      'https://a.cn/p?q=%E6%8A%A5%E5%91%8A+2024&x=a%20b',
    ],
    ['drops an empty query', 'https://a.cn/p?', 'https://a.cn/p'],
    ['drops empty pairs', 'https://a.cn/p?&id=1&&', 'https://a.cn/p?id=1'],
    ['drops credentials', 'https://user:pw@a.cn/p', 'https://a.cn/p'],
    ['keeps the trailing slash', 'https://a.cn/dir/', 'https://a.cn/dir/'],
    ['trims whitespace', '  https://a.cn/p  ', 'https://a.cn/p'],
    ['does not drop look-alike keys', 'https://a.cn/p?fromdate=2024&spmx=1', 'https://a.cn/p?fromdate=2024&spmx=1'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  test.each([['not a url'], ['chrome://extensions/'], ['']])('returns %j unchanged', (input) => {
    expect(normalizeUrl(input)).toBe(input);
  });

  test('is idempotent', () => {
    const once = normalizeUrl('https://A.cn:443/p?utm_x=1&id=2#top');
    expect(normalizeUrl(once)).toBe(once);
  });
});
