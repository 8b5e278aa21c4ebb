import type { Timers } from './living-page';

/** Timers that fire only when the test says so (no timed assertions). */
export function manualTimers() {
  const pending = new Map<number, { handler: () => void; ms: number }>();
  let next = 1;
  const timers: Timers = {
    setTimeout(handler, ms) {
      pending.set(next, { handler, ms });
      return next++;
    },
    clearTimeout(id) {
      pending.delete(id as number);
    },
  };
  return {
    timers,
    get pending() {
      return pending.size;
    },
    /** Fires every timer due now, as the event loop would. */
    fire() {
      const due = [...pending.values()];
      pending.clear();
      for (const t of due) t.handler();
    },
  };
}

/** Lets queued microtasks (MutationObserver callbacks, promise chains) run. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise<void>((resolve) => queueMicrotask(resolve));
}
