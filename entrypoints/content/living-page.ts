/** Timers the watcher uses; content scripts pass WXT's ctx.setTimeout so they stop with the script. */
export interface Timers {
  setTimeout(handler: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

export interface LivingPageOptions {
  /** Quiet time after the last change before `onChange` runs. */
  debounceMs?: number;
  /** A page that never stops changing (a ticker) still gets looked at this often. */
  maxWaitMs?: number;
  timers?: Timers;
  signal?: AbortSignal;
}

export interface LivingPage {
  /** Runs our own DOM changes so that the watcher never sees them. */
  ours<T>(change: () => T): T;
  /** Asks for `onChange` as if the page had changed (e.g. on single-page navigation). */
  poke(): void;
  stop(): void;
}

const globalTimers: Timers = {
  setTimeout: (handler, ms) => setTimeout(handler, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

/**
 * Calls `onChange` (debounced) when content arrives in or leaves `target`: lazy paragraphs, "load more",
 * a single-page app swapping its article. Changes made inside `ours()` and changes to GovMark's own
 * elements are ignored, so highlighting never triggers itself.
 */
export function watchLivingPage(target: Node, onChange: () => void, options: LivingPageOptions = {}): LivingPage {
  const { debounceMs = 300, maxWaitMs = 2000, timers = globalTimers, signal } = options;
  let timer: unknown;
  let firstPending: number | undefined;
  let stopped = false;
  let depth = 0;

  const fire = () => {
    timer = undefined;
    firstPending = undefined;
    if (!stopped) onChange();
  };
  const poke = () => {
    if (stopped) return;
    const now = Date.now();
    firstPending ??= now;
    if (timer !== undefined) timers.clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstPending + maxWaitMs - now));
    timer = timers.setTimeout(fire, wait);
  };
  const View = (target.ownerDocument?.defaultView ?? globalThis) as typeof globalThis;
  const observer = new View.MutationObserver((records) => {
    if (records.some((r) => !isOwnRecord(r))) poke();
  });
  const observe = () => observer.observe(target, { childList: true, subtree: true, characterData: true });
  observe();

  const stop = () => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    if (timer !== undefined) timers.clearTimeout(timer);
  };
  signal?.addEventListener('abort', stop, { once: true });

  return {
    ours(change) {
      // Records queued before our change are the page's: keep them.
      if (stopped || depth > 0) return change();
      const before = observer.takeRecords();
      if (before.some((r) => !isOwnRecord(r))) poke();
      // Not observing at all while we change the page: cheaper than recording our changes and dropping them.
      observer.disconnect();
      depth += 1;
      try {
        return change();
      } finally {
        depth -= 1;
        if (!stopped) observe();
      }
    },
    poke,
    stop,
  };
}

/** A change to GovMark's own UI or highlights, e.g. made by another part of the extension. */
export function isOwnRecord(record: MutationRecord): boolean {
  if (isOwnNode(record.target)) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isOwnNode);
}

function isOwnNode(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest('[data-govmark], [data-govmark-ui], govmark-legend, govmark-card');
}
