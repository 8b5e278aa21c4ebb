import type { Annotation } from '../../../storage/types';
import { normalizeUrl } from '../../../utils/normalize-url';
import type { PageNotesState } from '../../../utils/protocol-notes';
import { type IsTrusted, isTrusted } from '../../../utils/trusted-only';
import { leaveWhenOff, type PageFeature, type PagePass } from '../page-pass';
import { loadNotesUi } from './load-notes-ui';
import { messagingNotesApi, type NotesApi } from './notes-api';
import type { NotesController, NotesControllerOptions } from './notes-controller';
import { notesPageOf } from './notes-page';
import type { CreateNotes } from './notes-ui-key';
import { PAGE_KIT } from './page-kit';
import { watchSelection } from './selection-button';

export interface LazyNotesOptions {
  /** What the notes UI is made with, once loaded (its storage calls are `api`). */
  notes?: Omit<NotesControllerOptions, 'api' | 'doc' | 'pageUrl' | 'trusted' | 'kit'>;
  api?: NotesApi;
  /** The notes UI's factory (its script imported on first use; unit tests hand the class itself). */
  load?: () => Promise<CreateNotes>;
  doc?: Document;
  pageUrl?: () => string;
  trusted?: IsTrusted;
}

interface Announced {
  pass: PagePass;
  signal: AbortSignal;
}

/**
 * The page's notes as the content script carries them: only what every page needs. After each pass it asks
 * the background for this page's notes (what the notes UI asked first anyway) and, while the reader has
 * none here, watches for a selection. The notes UI itself (NotesController and everything it draws, with
 * Preact and the re-anchoring) is loaded the first time it is needed: the page has notes, the reader selects
 * words of the article, or the menu, shortcut or popup acts on a note (the popup's question about the page
 * is answered here while it has none). From then on every pass and request goes to it.
 */
export class LazyNotes implements PageFeature {
  readonly name = 'notes';
  readonly #options: LazyNotesOptions;
  readonly #api: NotesApi;
  readonly #doc: Document;
  readonly #pageUrl: () => string;
  readonly #trusted: IsTrusted;
  #controller: Promise<NotesController> | null = null;
  /** The last new analysis announced, handed to the notes UI when it loads. */
  #last: Announced | null = null;
  /** The address whose notes were asked for in this switched-on period. */
  #checked: string | null = null;
  #selection: AbortController | null = null;
  /** The current pass's question about this page's notes (and the load it may start). */
  #checking: Promise<void> = Promise.resolve();
  readonly #change: <T>(op: () => T) => Promise<T>;
  #destroyed = false;
  readonly #leaveWhenOff = leaveWhenOff(() => this.#off());

  constructor(options: LazyNotesOptions = {}) {
    this.#options = options;
    this.#api = options.api ?? messagingNotesApi();
    this.#doc = options.doc ?? document;
    this.#pageUrl = options.pageUrl ?? (() => location.href);
    this.#trusted = options.trusted ?? isTrusted;
    this.#change = options.notes?.change ?? (async (op) => op());
  }

  async init(pass: PagePass, signal: AbortSignal): Promise<void> {
    if (this.#controller) return (await this.#controller).init(pass, signal);
    this.#leaveWhenOff(pass);
    if (pass.cause !== 'analysis') return;
    this.#last = { pass, signal };
    this.#checking = this.#check(pass, signal);
    return this.#checking;
  }

  /** Once the pass is done: asks for the page's notes (on a new address), and loads the notes UI for them. */
  async #check(pass: PagePass, signal: AbortSignal): Promise<void> {
    await pass.done;
    if (signal.aborted || this.#controller) return;
    if (!pass.main) {
      this.#off();
      return;
    }
    this.#watchSelection();
    const url = normalizeUrl(this.#pageUrl());
    if (this.#checked === url) return;
    this.#checked = url;
    const notes = await this.#api.list(url).catch((error) => {
      console.error('GovMark: notes', error);
      return [];
    });
    if (notes.length > 0 && !signal.aborted && !this.#controller) await this.#ensure({ url, notes }).catch(() => {});
  }

  openEditorForSelection(): Promise<boolean> {
    return this.#ensure().then((notes) => notes.openEditorForSelection());
  }

  /** The page as notes see it (the popup asks); on a page without notes, answered without the notes UI. */
  async state(): Promise<PageNotesState> {
    if (!this.#controller) {
      // As the notes UI answers: once any pass under way, and the question about this page's notes, are done.
      await this.#change(() => undefined);
      await this.#checking;
    }
    if (this.#controller) return (await this.#controller).state();
    const last = this.#last;
    if (last?.pass.main && !last.pass.off.aborted) {
      const page = notesPageOf(last.pass.main, !!last.pass.report?.isReport, this.#pageUrl(), this.#doc);
      return { ...page, active: true, unplaced: [] };
    }
    const url = normalizeUrl(this.#pageUrl());
    return { url, title: this.#doc.title, reportKey: url, active: false, unplaced: [] };
  }

  refresh(): Promise<PageNotesState> {
    return this.#ensure().then((notes) => notes.refresh());
  }

  show(id: string): Promise<boolean> {
    return this.#ensure().then((notes) => notes.show(id));
  }

  reattach(id: string): Promise<Annotation> {
    return this.#ensure().then((notes) => notes.reattach(id));
  }

  destroy(): void {
    this.#destroyed = true;
    this.#off();
    // A load that failed has nothing to destroy (and was reported where it failed).
    void this.#controller?.then(
      (notes) => notes.destroy(),
      () => {},
    );
  }

  /** The notes UI, loaded once; `first`: this page's notes, just fetched, so it need not ask again. */
  #ensure(first?: { url: string; notes: Annotation[] }): Promise<NotesController> {
    if (this.#controller) return this.#controller;
    this.#selection?.abort();
    this.#selection = null;
    const last = this.#last;
    const api = first ? listedOnce(this.#api, first.url, first.notes) : this.#api;
    this.#controller = (this.#options.load ?? loadNotesUi)().then(async (create) => {
      const notes = create({
        ...this.#options.notes,
        kit: PAGE_KIT,
        api,
        doc: this.#doc,
        pageUrl: this.#pageUrl,
        trusted: this.#trusted,
      });
      if (this.#destroyed) notes.destroy();
      else if (last && !last.signal.aborted) await notes.init(last.pass, last.signal);
      return notes;
    });
    const loading = this.#controller;
    // A failed load (the extension was updated under the page) is tried again on the next request.
    loading.catch((error) => {
      console.error('GovMark: loading the notes UI', error);
      if (this.#controller === loading) this.#controller = null;
    });
    return loading;
  }

  /** Words selected in the article may become a note: the notes UI loads and offers its "批注" button. */
  #watchSelection(): void {
    if (this.#selection) return;
    const selection = new AbortController();
    this.#selection = selection;
    watchSelection({
      doc: this.#doc,
      signal: selection.signal,
      // A page script's mouseup or key loads nothing (and could not open the editor anyway).
      isOurs: (event) => !this.#trusted(event),
      onSelect: (range) => {
        // Words outside the article (menus, comments) cannot become a note: nothing to load for them.
        const root = this.#last?.pass.main?.root;
        if (root && range.intersectsNode(root)) void this.#ensure().then((notes) => notes.offerSelection());
      },
      onClear: () => {},
    });
  }

  #off(): void {
    this.#selection?.abort();
    this.#selection = null;
    this.#checked = null;
    this.#last = null;
  }
}

/** `api`, except that its first listing of `url` answers `notes` (just fetched) without asking again. */
function listedOnce(api: NotesApi, url: string, notes: Annotation[]): NotesApi {
  let pending: Annotation[] | null = notes;
  return {
    ...api,
    list: (asked) => {
      if (!pending || asked !== url) return api.list(asked);
      const answer = pending;
      pending = null;
      return Promise.resolve(answer);
    },
  };
}
