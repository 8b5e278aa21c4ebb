/** Each fixture page at an address on a default site, so the production manifest's match patterns apply. */
export const REPORTS = {
  'https://epaper.nmgrb.com.cn/nmgrb/20240202/08/content_2.html': 'epaper-nmg-2024-p08.html',
  'https://www.gov.cn/zhengce/2022-03/12/content_5678750.htm': 'govcn-report-2022.html',
  'https://www.gov.cn/gbk/2022-03/12/content_5678750.htm': 'govcn-report-2022-gbk.html',
  'https://news.bjd.com.cn/2026/01/25/11045678.shtml': 'portal-bj-2026.html',
  'https://news.xhby.net/js/2026/01/26/report.html': 'portal-js-2026-sidebar.html',
} as const;

/** Look-alikes: pages full of numbers and agency names that carry no report. */
export const NOT_REPORTS = {
  'https://finance.people.com.cn/n1/2021/1018/c1004-32256754.html': 'news-stats-q3.html',
  'https://www.yichun.gov.cn/ycsrmzf/tjgb/2023-03/31/content_1.shtml': 'bulletin-yichun-2022.html',
  'https://www.chinanews.com.cn/cj/2022/04-11/9726000.shtml': 'news-about-report.html',
} as const;

/** The demo page: the e-paper page of a report printed across pages. */
export const EPAPER = 'https://epaper.nmgrb.com.cn/nmgrb/20240202/08/content_2.html';
