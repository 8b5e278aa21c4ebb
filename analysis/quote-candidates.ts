import approxSearch from 'approx-string-match';

/** Where the quoted words might be now, and how many edits they are from the quote (0 = the very words). */
export interface QuoteCandidate {
  start: number;
  end: number;
  errors: number;
  method: 'quote' | 'fuzzy';
}

/** The most edits a fuzzy match may be from the quote: a quarter of it, at most 32. */
export const maxQuoteErrors = (exact: string) => Math.min(32, Math.ceil(exact.length / 4));

/** Every exact occurrence of `exact`; when there is none, its fewest-error approximate matches. */
export function quoteCandidates(text: string, exact: string): QuoteCandidate[] {
  const found: QuoteCandidate[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, errors: 0, method: 'quote' });
  }
  if (found.length > 0) return found;
  return approxSearch(text, exact, maxQuoteErrors(exact)).map(({ start, end, errors }) => ({
    start,
    end,
    errors,
    method: 'fuzzy',
  }));
}

/**
 * Approximate matches of `exact` where its recorded context still stands (prefix, words and suffix searched
 * as one). approx-string-match reports only the fewest-error matches, so an edit in place (a typo fixed, a
 * figure corrected) hides behind an unchanged copy of the words elsewhere unless looked for here.
 */
export function candidatesInContext(text: string, exact: string, prefix: string, suffix: string): QuoteCandidate[] {
  if (prefix.length + suffix.length === 0) return [];
  const maxErrors = maxQuoteErrors(exact);
  const slack = maxErrors + Math.ceil((prefix.length + suffix.length) / 4);
  const found: QuoteCandidate[] = [];
  let searchedTo = -1;
  for (const region of approxSearch(text, prefix + exact + suffix, slack)) {
    // Where the words sit in the region, give or take its errors: not in the context, which may hold a copy.
    const from = Math.max(region.start, region.start + prefix.length - region.errors);
    const to = Math.min(region.end, region.end - suffix.length + region.errors);
    // Regions of a repetitive text overlap: searching each stretch once keeps the cost linear in the text.
    if (from < searchedTo) continue;
    searchedTo = to;
    for (const { start, end, errors } of approxSearch(text.slice(from, to), exact, maxErrors)) {
      if (errors > 0) found.push({ start: from + start, end: from + end, errors, method: 'fuzzy' });
    }
  }
  return found;
}
