import type { MainText } from '../../utils/main-text';
import type { Category, CategoryVisibility } from '../../utils/protocol-content';
import type { PageReading } from './page-reading';

/** What a feature may ask of the page: the page stays the one writer, so these go back through it. */
export interface PageControls {
  setCategoryVisible(category: Category, visible: boolean): Promise<unknown>;
  setSiteDisabled(disabled: boolean): Promise<unknown>;
  /** Runs a DOM change between passes, unseen by the living-page watcher. */
  change<T>(op: () => T): Promise<T>;
}

/**
 * One pass of GovMark over the page, as its features see it: announced by the page (the single writer to
 * the DOM) once the highlights in view are on it. `report` is a new reading of the page, or the same one
 * shown again after the reader showed or hid a category (`cause`).
 */
export interface PagePass extends PageReading {
  readonly cause: 'analysis' | 'visibility';
  readonly doc: Document;
  /** Null: no article on the page. */
  readonly main: MainText | null;
  readonly visible: CategoryVisibility;
  /** The highlights on the page: filled by the page while the pass runs. */
  readonly marks: ReadonlyMap<HTMLElement, Category>;
  /** Resolves when the highlights in and near the viewport are on the page. */
  readonly inView: Promise<void>;
  /** Resolves when every highlight of the pass is on the page, or the pass was cut short (see the signal). */
  readonly done: Promise<void>;
  /** Aborted when GovMark stops on the page (site switched off, script replaced): every feature leaves. */
  readonly off: AbortSignal;
  readonly page: PageControls;
}

/**
 * Something GovMark adds to a page besides the highlights (legend, hover card, page record, notes). The page
 * calls `init` for every pass, each feature in its own task, after the highlights in view; `signal` aborts
 * when a new analysis supersedes this pass or GovMark stops (then `pass.off` is aborted too).
 */
export interface PageFeature {
  readonly name: string;
  init(pass: PagePass, signal: AbortSignal): void | Promise<void>;
}

/** Calls `leave` once when GovMark stops on the page, however many passes announce the same switched-on period. */
export function leaveWhenOff(leave: () => void): (pass: PagePass) => void {
  let watched: AbortSignal | null = null;
  return (pass) => {
    if (watched === pass.off) return;
    watched = pass.off;
    pass.off.addEventListener('abort', leave, { once: true });
  };
}
