import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Library } from './use-library';

/**
 * User Timing entries for DevTools and `npm run bench`: `govmark:library-list` when the first annotations
 * are in the DOM, `govmark:library-indexed` when search is ready, and a `govmark:library-search` measure from
 * the (debounced) query to its results in the DOM. Layout effects run right after the DOM is updated.
 */
export function useLibraryTiming(lib: Library): void {
  const listed = useRef(false);
  useLayoutEffect(() => {
    if (listed.current || lib.status === 'loading') return;
    listed.current = true;
    performance.mark('govmark:library-list');
  }, [lib.status]);

  useLayoutEffect(() => {
    if (lib.indexReady) performance.mark('govmark:library-indexed');
  }, [lib.indexReady]);

  const { searchStarted } = lib;
  // Runs on every new result list: that commit is when the results are in the DOM.
  useLayoutEffect(() => {
    const start = searchStarted.current;
    if (start === undefined || !lib.indexReady) return;
    searchStarted.current = undefined;
    performance.measure('govmark:library-search', { start, end: performance.now() });
  }, [lib.filtered, lib.indexReady, searchStarted]);
}
