import type { Analysis } from '../../analysis/types';
import { randomId } from '../../utils/random-id';

/** How many whole analyses the background keeps for cards: a reader's open report tabs, about. */
const KEPT = 8;

/**
 * The whole analyses the background made for pages, kept so a page fetches one only when a card or the
 * popup needs a target's details (issue 11: the first reply carries the findings alone, not ~200 kB of
 * targets). Each is bound to the tab and frame it was made for, under a random token; the oldest goes first.
 * A page whose analysis is gone (the service worker slept, or more tabs came) sends its text again.
 */
export class KeptAnalyses {
  readonly #kept = new Map<string, { owner: string; analysis: Analysis }>();

  constructor(readonly limit = KEPT) {}

  /** Keeps `analysis` for `owner` (a tab and frame); returns the token it is fetched by. */
  keep(analysis: Analysis, owner: string): string {
    const token = randomId();
    this.#kept.set(token, { owner, analysis });
    for (const oldest of this.#kept.keys()) {
      if (this.#kept.size <= this.limit) break;
      this.#kept.delete(oldest);
    }
    return token;
  }

  /** The analysis kept under `token`, to its own owner only. */
  get(token: string, owner: string): Analysis | undefined {
    const kept = this.#kept.get(token);
    return kept?.owner === owner ? kept.analysis : undefined;
  }
}

/** Who a kept analysis belongs to: the sender's tab and frame, as the browser names them; none for others. */
export function ownerOf(sender: { tab?: { id?: number }; frameId?: number }): string | undefined {
  const tab = sender.tab?.id;
  return tab === undefined ? undefined : `${tab}:${sender.frameId ?? 0}`;
}
