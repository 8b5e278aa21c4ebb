import { useState } from 'preact/hooks';
import type { TagCount } from '../storage/tags';
import type { Annotation, AnnotationPatch } from '../storage/types';
import { t } from '../utils/i18n';
import NotesList from './NotesList';
import PageNoteForm from './PageNoteForm';
import UnplacedNotes from './UnplacedNotes';

export interface PageNotesProps {
  status: 'loading' | 'ready' | 'no-url';
  notes: readonly Annotation[];
  unplaced: ReadonlySet<string>;
  knownTags: readonly TagCount[];
  onPage: boolean;
  message?: string;
  deleted?: Annotation;
  /** Resolves true once stored; the form keeps the typed text until then. */
  onAddPageNote: (note: string, tags: string[], id: string) => boolean | Promise<boolean>;
  onSave: (id: string, patch: AnnotationPatch) => void;
  onDelete: (id: string) => void;
  onUndo: () => void;
  onReattach: (id: string) => void;
  /** Brings a placed note's passage into view on the page. */
  onOpen?: (id: string) => void;
  onOpenLibrary: () => void;
  onExport: () => void;
}

/** The popup's notes section: this page's notes in reading order, the unplaced ones, a page note, links. */
export default function PageNotes(props: PageNotesProps) {
  const { status, notes, unplaced, knownTags, message, deleted } = props;
  const [tag, setTag] = useState('');
  const placed = notes.filter((n) => !unplaced.has(n.id));
  const lost = notes.filter((n) => unplaced.has(n.id));
  const pageTags = [...new Set(notes.flatMap((n) => n.tags))].sort();
  return (
    <section
      class="gm-page-notes"
      data-testid="govmark-popup-notes"
      data-state={status}
      aria-labelledby="gm-notes-title"
    >
      <h2 id="gm-notes-title">
        {t('notesTitle')}
        {status === 'ready' ? ` (${notes.length})` : ''}
      </h2>
      {status === 'loading' ? <p class="gm-help">{t('popupLoading')}</p> : null}
      {status === 'no-url' ? <p class="gm-help">{t('notesNoUrl')}</p> : null}
      {status === 'ready' ? (
        <>
          {pageTags.length > 0 ? (
            <label class="gm-tag-filter">
              <span>{t('notesFilterTag')}</span>
              <select
                data-testid="govmark-popup-tag-filter"
                value={tag}
                onChange={(event) => setTag(event.currentTarget.value)}
              >
                <option value="">{t('notesAllTags')}</option>
                {pageTags.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {/* Only unplaced notes: the list would say the page has none, just above them. */}
          {placed.length > 0 || lost.length === 0 ? (
            <NotesList
              notes={placed}
              knownTags={knownTags}
              tag={tag}
              onSave={props.onSave}
              onDelete={props.onDelete}
              onOpen={props.onOpen}
            />
          ) : null}
          <UnplacedNotes
            notes={tag ? lost.filter((n) => n.tags.includes(tag)) : lost}
            knownTags={knownTags}
            canReattach={props.onPage}
            onReattach={props.onReattach}
            onSave={props.onSave}
            onDelete={props.onDelete}
          />
          <PageNoteForm knownTags={knownTags} onAdd={props.onAddPageNote} />
        </>
      ) : null}
      {deleted ? (
        <p class="gm-undo" role="status">
          {t('notesDeleted')}{' '}
          <button type="button" data-testid="govmark-popup-undo" onClick={props.onUndo}>
            {t('notesUndo')}
          </button>
        </p>
      ) : null}
      {message ? (
        <p class="gm-message" role="alert" data-testid="govmark-popup-notes-message">
          {message}
        </p>
      ) : null}
      <nav class="gm-notes-links">
        <a
          href="library.html"
          data-testid="govmark-popup-library"
          onClick={(event) => {
            event.preventDefault();
            props.onOpenLibrary();
          }}
        >
          {t('notesOpenLibrary')}
        </a>
        {status === 'ready' ? (
          <button type="button" data-testid="govmark-popup-export" onClick={props.onExport}>
            {t('notesExportPage')}
          </button>
        ) : null}
      </nav>
    </section>
  );
}
