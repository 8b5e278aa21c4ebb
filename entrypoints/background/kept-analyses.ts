import type { FirstAnalysis } from '../../analysis';
import type { Analysis } from '../../analysis/types';
import { randomId } from '../../utils/random-id';

/** How many whole analyses the background keeps for cards: a reader's open report tabs, about. */
const KEPT = 8;

interface Kept {
  owner: string;
  first: FirstAnalysis;
  /** Stores the page's record; asked for once the page's highlights are in. */
  record?: () => Promise<unknown>;
  recording?: Promise<unknown>;
}

/**
 * The whole analyses the background made for pages, kept so a page fetches one only when a card or the
 * popup needs a target's details (issue 11: the first reply carries the findings alone, not ~200 kB of
 * targets), and stores its page record only once its highlights are in. Each is bound to the tab and frame
 * it was made for, under a random token; the oldest goes first. A page whose analysis is gone (the service
 * worker slept, or more tabs came) sends its text again.
 */
export class KeptAnalyses {
  readonly #kept = new Map<string, Kept>();

  constructor(readonly limit = KEPT) {}

  /** Keeps `first` for `owner` (a tab and frame), with the way to store its page record; returns the token. */
  keep(first: FirstAnalysis, owner: string, record?: () => Promise<unknown>): string {
    const token = randomId();
    this.#kept.set(token, { owner, first, ...(record ? { record } : {}) });
    for (const oldest of this.#kept.keys()) {
      if (this.#kept.size <= this.limit) break;
      this.#kept.delete(oldest);
    }
    return token;
  }

  /** The analysis kept under `token`, its indicators named, to its own owner only. */
  get(token: string, owner: string): Analysis | undefined {
    const kept = this.#kept.get(token);
    return kept?.owner === owner ? kept.first.nameIndicators() : undefined;
  }

  /**
   * Stores the page record kept under `token`, for its own owner only, once however often asked (the same
   * write answers again); undefined when there is none to store (gone, or never asked for).
   */
  record(token: string, owner: string): Promise<unknown> | undefined {
    const kept = this.#kept.get(token);
    if (kept?.owner !== owner || !kept.record) return undefined;
    // A failed write is tried again when asked again.
    kept.recording ??= kept.record().catch((error: unknown) => {
      kept.recording = undefined;
      throw error;
    });
    return kept.recording;
  }

  /**
   * A tab closed: its analyses go, and a page record not yet asked for is stored now. A reader who closes a
   * report a moment after its highlights came still finds it in the library.
   */
  closed(tab: number): Promise<unknown>[] {
    const writes: Promise<unknown>[] = [];
    for (const [token, kept] of this.#kept) {
      if (!kept.owner.startsWith(`${tab}:`)) continue;
      this.#kept.delete(token);
      if (kept.record && !kept.recording) writes.push(kept.record());
    }
    return writes;
  }
}

/** Who a kept analysis belongs to: the sender's tab and frame, as the browser names them; none for others. */
export function ownerOf(sender: { tab?: { id?: number }; frameId?: number }): string | undefined {
  const tab = sender.tab?.id;
  return tab === undefined ? undefined : `${tab}:${sender.frameId ?? 0}`;
}
