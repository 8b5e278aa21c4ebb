/**
 * Where GovMark runs without being asked: the major Chinese news and government sites, and the
 * e-paper sites of provincial party papers, which print the provincial reports across pages.
 */
export const DEFAULT_SITES = [
  '*://*.gov.cn/*',
  '*://*.people.com.cn/*',
  '*://*.news.cn/*',
  '*://*.xinhuanet.com/*',
  '*://*.nmgnews.com.cn/*',
  '*://*.nmgrb.com.cn/*',
  '*://*.chinanews.com.cn/*',
  '*://*.chinanews.com/*',
  '*://*.cctv.com/*',
  '*://*.thepaper.cn/*',
  '*://*.gmw.cn/*',
  '*://*.ce.cn/*',
  '*://*.bjd.com.cn/*',
  '*://*.xhby.net/*',
  '*://*.jfdaily.com/*',
  '*://*.dzwww.com/*',
  '*://*.southcn.com/*',
  '*://*.zjol.com.cn/*',
  '*://*.hubeidaily.net/*',
  '*://*.scdaily.cn/*',
  '*://*.hebnews.cn/*',
  '*://*.hndaily.cn/*',
] as const;
