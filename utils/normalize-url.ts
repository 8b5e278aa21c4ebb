/** Query parameters that only say how the reader arrived, never which page it is. Compared lower-cased. */
const TRACKING_PARAMS = new Set([
  'spm',
  'from',
  'isappinstalled',
  'share_token',
  'share_source',
  'share_medium',
  'share_from',
  'sharer_sharetime',
  'sharer_shareid',
  'wxshare_count',
  'scene',
  'clicktime',
  'enterid',
  'vd_source',
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'yclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
]);

function isTracking(pair: string): boolean {
  const rawKey = pair.split('=', 1)[0] ?? '';
  let key: string;
  try {
    key = decodeURIComponent(rawKey.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    key = rawKey.toLowerCase();
  }
  return key.startsWith('utm_') || TRACKING_PARAMS.has(key);
}

/**
 * The page's identity for storage: drops the fragment, credentials and tracking parameters (utm_*, spm,
 * from, …); the URL parser lower-cases the host and drops default ports. Remaining parameters keep their
 * order and exact spelling, since some sites route on them. Input that is not an http(s) URL comes back as given.
 */
export function normalizeUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return raw;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTracking(pair));
  url.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  return url.href;
}
