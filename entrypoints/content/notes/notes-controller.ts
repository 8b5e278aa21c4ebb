import { anchorQuote, makeQuoteSelector } from '../../../analysis/match-quote';
import type { Analysis } from '../../../analysis/types';
import type { Annotation } from '../../../storage/types';
import { t } from '../../../utils/i18n';
import type { MainText } from '../../../utils/main-text';
import { normalizeUrl } from '../../../utils/normalize-url';
import type { NoteValues } from '../../../utils/protocol-note-frame';
import type { PageNotesState } from '../../../utils/protocol-notes';
import { randomId } from '../../../utils/random-id';
import { type IsTrusted, isTrusted } from '../../../utils/trusted-only';
import { leaveWhenOff, type PageFeature, type PagePass } from '../page-pass';
import { type Anchoring, passageOf } from './anchor-notes';
import type { CardViewFactory } from './card-view';
import { NoteCard, type Selected } from './note-card';
import { NoteFrameHost } from './note-frame-host';
import { NOTE_MARK_SELECTOR, noteIdOf } from './note-marks';
import { NoteUiHost } from './note-ui-host';
import { messagingNotesApi, type NotesApi } from './notes-api';
import { type NotesPage, notesPageOf } from './notes-page';
import type { PageKit } from './page-kit';
import { PlacedNotes } from './placed-notes';
import { inDocument } from './placement';
import { currentRange, watchSelection } from './selection-button';
import { rangeToOffsets } from './selection-offsets';
import { showNote } from './show-note';

export interface NotesControllerOptions {
  /** The content script's highlighter and article reader (PAGE_KIT), not a second copy in the notes UI. */
  kit: PageKit;
  doc?: Document;
  api?: NotesApi;
  extract?: (doc: Document) => MainText | null;
  /** The page's address (normalised here). */
  pageUrl?: () => string;
  /** Runs a DOM change between the page's passes, unseen by its living-page watcher (GovmarkPage.change). */
  change?: <T>(op: () => T) => Promise<T>;
  /** Whether the reader made an event (unit tests' events are all synthetic); page scripts' events are ignored. */
  trusted?: IsTrusted;
  /** Where the note card shows: GovMark's own frame (unit tests show the frame's app inline). */
  cardView?: CardViewFactory;
}

/**
 * The reader's notes on one page: after every pass of the page it re-reads them (on a new URL), re-anchors
 * and highlights them (PlacedNotes), stores the new anchors of notes whose words moved, and runs the
 * "批注" button and note card (NoteCard), saving through the background. Notes that cannot be placed stay
 * stored and are reported as unplaced, never dropped.
 */
export class NotesController implements PageFeature {
  readonly name = 'notes';
  readonly #doc: Document;
  readonly #api: NotesApi;
  readonly #extract: () => MainText | null;
  readonly #pageUrl: () => string;
  readonly #change: <T>(op: () => T) => Promise<T>;
  readonly #host: NoteUiHost;
  readonly #notes: PlacedNotes;
  readonly #card: NoteCard;
  #listening: AbortController | null = null;
  #active = false;
  readonly #newIds = new WeakMap<Selected, string>();
  readonly #trusted: IsTrusted;
  #destroyed = false;
  #context: NotesPage | null = null;
  /** The article root of the last pass. */
  #root: Element | null = null;
  #loadedUrl: string | null = null;
  #sync: Promise<void> = Promise.resolve();
  readonly #leaveWhenOff = leaveWhenOff(() => this.off());

  constructor(options: NotesControllerOptions) {
    const doc = options.doc ?? document;
    // The pass found the article: between passes, re-reading its root (wrapping splits text nodes) is
    // enough, and spares a scoring walk of the whole page (30 ms on a long report) after every pass.
    const { kit } = options;
    const extract =
      options.extract ??
      ((d: Document) => (this.#root?.isConnected ? kit.mainTextOf(this.#root) : kit.extractMainText(d)));
    this.#doc = doc;
    this.#api = options.api ?? messagingNotesApi();
    this.#extract = () => extract(doc);
    this.#pageUrl = options.pageUrl ?? (() => location.href);
    this.#change = options.change ?? (async (op) => op());
    this.#trusted = options.trusted ?? isTrusted;
    this.#host = new NoteUiHost(doc, this.#trusted);
    this.#notes = new PlacedNotes({
      doc,
      extract: this.#extract,
      markerContainer: () => this.#host.markers(),
      highlighter: kit,
      onOpen: (id, marker) => this.#card.openSaved(id, inDocument(marker.getBoundingClientRect(), doc), marker),
    });
    this.#card = new NoteCard(
      doc,
      this.#host,
      {
        add: (selected, values) => this.#add(selected, values),
        update: (id, values) => this.#update(id, values),
        remove: (id) => this.#remove(id),
        note: (id) => this.#notes.find(id),
        url: () => this.#context?.url ?? normalizeUrl(this.#pageUrl()),
      },
      options.cardView ?? ((actions) => new NoteFrameHost(actions, doc)),
    );
  }

  /** The page feature: after every new analysis and its highlights (report or not), notes follow the article. */
  async init(pass: PagePass, signal: AbortSignal): Promise<void> {
    this.#leaveWhenOff(pass);
    if (pass.cause !== 'analysis') return;
    await pass.done;
    if (!signal.aborted) this.afterPass(pass.report, pass.main);
  }

  /** After every pass of the page (report or not): notes follow the article, or leave with it. */
  afterPass(report: Pick<Analysis, 'isReport'> | null, main: MainText | null): void {
    if (this.#destroyed) return;
    if (!main) {
      this.off();
      return;
    }
    this.#root = main.root;
    this.#context = this.#contextOf(main, !!report?.isReport);
    if (!this.#active) {
      this.#active = true;
      this.#listen();
    }
    void this.#queueSync(this.#loadedUrl !== this.#context.url);
  }

  /** GovMark stopped on this page: every note highlight, marker and card leaves; the notes stay stored. */
  off(): void {
    this.#active = false;
    this.#root = null;
    this.#listening?.abort();
    this.#listening = null;
    this.#notes.clear();
    this.#card.reset();
    this.#host.remove();
    this.#loadedUrl = null;
  }

  destroy(): void {
    this.off();
    this.#destroyed = true;
  }

  /** The page as notes see it, once any pass and re-anchoring under way have ended. */
  async state(): Promise<PageNotesState> {
    await this.#change(() => undefined);
    await this.#sync;
    const url = this.#context?.url ?? normalizeUrl(this.#pageUrl());
    return {
      url,
      title: this.#context?.title ?? this.#doc.title,
      reportKey: this.#context?.reportKey ?? url,
      active: this.#active,
      unplaced: this.#active ? this.#notes.unplaced : [],
    };
  }

  /** Fetches this page's notes again (written elsewhere) and re-places them; an open card follows its note. */
  async refresh(): Promise<PageNotesState> {
    if (this.#active) {
      await this.#queueSync(true);
      this.#card.reread();
    }
    return this.state();
  }

  /**
   * Brings a note's passage into view with a flash (popup, library); false when it could not be placed.
   * Throws while GovMark has not read the page yet, so a caller that just opened it asks again.
   */
  async show(id: string): Promise<boolean> {
    await this.state();
    if (!this.#active) throw new Error('GovMark has not read this page yet');
    return showNote(id, this.#doc);
  }

  /** Opens the note card for the words selected in the article (context menu, shortcut). */
  openEditorForSelection(): boolean {
    const selected = this.#active ? this.#selected() : null;
    if (selected) this.#card.openNew(selected);
    return !!selected;
  }

  /** Offers the "批注" button for the words now selected (selected before the notes UI was loaded). */
  offerSelection(): void {
    if (this.#active) this.#card.showButton(this.#selected());
  }

  /** Gives a note the words now selected in the article (an unplaced note found its new place). */
  async reattach(id: string): Promise<Annotation> {
    const selected = this.#active ? this.#selected() : null;
    if (!selected) throw new Error(t('noteNoSelection'));
    const record = await this.#api.update(id, passageOf(selected.text, selected.start, selected.end));
    this.#notes.put(record);
    this.#doc.getSelection()?.removeAllRanges();
    await this.#queueSync(false);
    return record;
  }

  #contextOf(main: MainText, isReport: boolean): NotesPage {
    return notesPageOf(main, isReport, this.#pageUrl(), this.#doc);
  }

  #queueSync(refetch: boolean): Promise<void> {
    this.#sync = this.#sync.then(() => this.#syncNow(refetch)).catch((error) => console.error('GovMark: notes', error));
    return this.#sync;
  }

  async #syncNow(refetch: boolean): Promise<void> {
    const context = this.#context;
    if (!this.#active || !context) return;
    if (refetch || this.#loadedUrl !== context.url) {
      const notes = await this.#api.list(context.url);
      if (!this.#active) return;
      this.#notes.set(notes);
      this.#loadedUrl = context.url;
    }
    // Checked again inside: GovMark may have stopped on the page while this waited its turn.
    const results = await this.#change(() => (this.#active ? this.#notes.render() : []));
    await this.#follow(results);
  }

  /** Stores the new anchors of notes whose words moved, so the next visit finds them at once. */
  async #follow(results: Anchoring[]): Promise<void> {
    for (const r of results) {
      if (r.status !== 'placed' || !r.patch) continue;
      try {
        this.#notes.put(await this.#api.follow(r.id, r.patch), false);
      } catch (error) {
        console.error('GovMark: keeping a moved note', error);
      }
    }
  }

  #listen(): void {
    const listening = new AbortController();
    this.#listening = listening;
    watchSelection({
      doc: this.#doc,
      signal: listening.signal,
      // A scripted mouseup or key must not open the editor (a page writing notes in the reader's name).
      isOurs: (event) => !this.#trusted(event) || this.#host.isOurs(event),
      onSelect: () => this.#card.showButton(this.#selected()),
      onClear: () => this.#card.showButton(null),
    });
    this.#doc.addEventListener(
      'click',
      (event) => {
        if (!this.#trusted(event)) return;
        const mark = (event.target as Element | null)?.closest?.(NOTE_MARK_SELECTOR);
        const id = mark ? noteIdOf(mark) : null;
        // A drag that ends on a note is a selection, not a click on the note.
        if (!mark || !id || currentRange(this.#doc)) return;
        this.#card.openSaved(id, inDocument(mark.getBoundingClientRect(), this.#doc));
      },
      { signal: listening.signal },
    );
  }

  /** The selection, if it covers words of the article. */
  #selected(): Selected | null {
    const range = currentRange(this.#doc);
    const main = range ? this.#extract() : null;
    const span = main && range ? rangeToOffsets(main, range) : null;
    if (!main || !range || !span) return null;
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
    return { ...span, text: main.text, box: inDocument(rects.at(-1) ?? range.getBoundingClientRect(), this.#doc) };
  }

  async #add(selected: Selected, values: NoteValues): Promise<void> {
    // One id per selection's card: a retry after an unknown outcome (worker stopped mid-write) cannot duplicate.
    const id = this.#newIds.get(selected) ?? randomId();
    this.#newIds.set(selected, id);
    const main = this.#extract();
    if (!main) throw new Error(t('noteTextGone'));
    let { start, end } = selected;
    // The page changed since the selection (a living page): find the selected words again.
    if (main.text !== selected.text) {
      const match = anchorQuote(main.text, makeQuoteSelector(selected.text, start, end), { start, end });
      if (!match) throw new Error(t('noteTextGone'));
      ({ start, end } = match);
    }
    const context = this.#context ?? this.#contextOf(main, false);
    // The page took another address (single-page navigation) and its pass has not run yet: the note would be
    // filed under the page left. The card keeps the words; the next try goes to the new page.
    if (context.url !== normalizeUrl(this.#pageUrl())) throw new Error(t('notePageMoved'));
    const record = await this.#api.add({
      id,
      url: context.url,
      title: context.title,
      reportKey: context.reportKey,
      ...passageOf(main.text, start, end),
      ...values,
    });
    this.#notes.put(record);
    this.#doc.getSelection()?.removeAllRanges();
    await this.#queueSync(false);
  }

  async #update(id: string, values: NoteValues): Promise<void> {
    this.#notes.put(await this.#api.update(id, values));
    await this.#queueSync(false);
  }

  async #remove(id: string): Promise<void> {
    await this.#api.remove(id);
    this.#notes.remove(id);
    await this.#queueSync(false);
  }
}
