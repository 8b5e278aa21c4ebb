// Pages the browser protects from every extension: its own pages, the stores, source views.
const RESTRICTED_SCHEMES =
  /^(?:chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|view-source|moz-extension|resource|jar):/i;
const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
  /^https:\/\/addons\.mozilla\.org\//i,
];

/** True for a URL on which no extension may run scripts, so the popup explains instead of offering a button. */
export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return false;
  return RESTRICTED_SCHEMES.test(url) || STORE_PAGES.some((store) => store.test(url));
}
