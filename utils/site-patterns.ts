import { DEFAULT_SITES } from './sites';

// A host as a person types it: scheme, path, port and a leading `*.` are all optional.
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//;

/**
 * The match pattern for a site the user types in the options page (`example.org`,
 * `https://www.example.org/a/b`, `*.example.org`), or null when it is not a web host.
 */
export function originPatternFor(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  if (SCHEME.test(text) && !/^https?:\/\//.test(text)) return null;
  text = text.replace(SCHEME, '');
  const wildcard = text.startsWith('*.');
  if (wildcard) text = text.slice(2);
  const hostPart = text.split(/[/?#]/, 1)[0];
  if (!hostPart || hostPart.includes('*') || hostPart.includes('@')) return null;
  let host: string;
  try {
    host = new URL(`http://${hostPart}`).hostname; // punycodes 中文 hosts, drops the port
  } catch {
    return null;
  }
  if (!/^[a-z0-9.-]+$/.test(host) && !/^\[[0-9a-f:.]+\]$/.test(host)) return null;
  if (host.startsWith('.') || host.endsWith('.') || host.includes('..')) return null;
  return `*://${wildcard ? '*.' : ''}${host}/*`;
}

/** The host part of a `scheme://host/*` pattern, or null for anything else. */
export function patternHost(pattern: string): string | null {
  const match = /^(?:\*|https?):\/\/([^/]+)\/\*$/.exec(pattern);
  return match?.[1] ?? null;
}

// Second-level suffixes open to anyone under a country's domain: `*.com.cn` is no more a site than `*.cn`.
const OPEN_SECOND_LEVEL = /^(?:com|net|org|edu|gov|ac|co|mil)\.[a-z]{2}$/;

/** True for a wildcard over a whole domain suffix (`*.cn`, `*.com.cn`): every site under it, not a site. */
export function isWholeSuffix(pattern: string): boolean {
  const host = patternHost(pattern);
  if (!host?.startsWith('*.')) return false;
  const suffix = host.slice(2);
  return !suffix.includes('.') || OPEN_SECOND_LEVEL.test(suffix);
}

/** True when GovMark already runs on every host the pattern names, without being asked. */
export function isCoveredByDefaults(pattern: string, defaults: readonly string[] = DEFAULT_SITES): boolean {
  const host = patternHost(pattern)?.replace(/^\*\./, '');
  if (!host) return false;
  return defaults.some((site) => {
    const base = patternHost(site)?.replace(/^\*\./, '');
    return base !== undefined && (host === base || host.endsWith(`.${base}`));
  });
}

/**
 * The sites the user added: granted host patterns that name a concrete host and that the default
 * content script does not already cover. Sorted, without duplicates.
 */
export function userOrigins(granted: readonly string[], defaults: readonly string[] = DEFAULT_SITES): string[] {
  const concrete = granted.filter((pattern) => {
    const host = patternHost(pattern);
    return host !== null && host !== '*' && !isCoveredByDefaults(pattern, defaults);
  });
  return [...new Set(concrete)].sort();
}

/** A readable name for a pattern in lists: `*://*.example.org/*` → `*.example.org`. */
export function siteLabel(pattern: string): string {
  return patternHost(pattern) ?? pattern;
}
