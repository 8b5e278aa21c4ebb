import { useEffect, useRef, useState } from 'preact/hooks';
import { parseTags } from '../../storage/tags';
import type { Annotation, AnnotationPatch } from '../../storage/types';
import { t } from '../../utils/i18n';
import type { OpenNoteResult } from '../../utils/open-note';
import { writeFailure } from '../../utils/write-failure';
import NoteLength, { noteTooLong } from '../NoteLength';
import { noteName } from '../note-name';

export interface AnnotationCardProps {
  annotation: Annotation;
  onSave(id: string, patch: AnnotationPatch): Promise<void>;
  /** Rejects when the delete failed; the card then says why. */
  onDelete(id: string): void | Promise<void>;
  /** Opens or focuses the note's page and brings its passage into view; resolves how that went. */
  onOpen?(annotation: Annotation): Promise<OpenNoteResult>;
  /** Narrows the library to one tag. */
  onTag?(tag: string): void;
}

const when = (ms: number) => new Date(ms).toLocaleString();

/** One annotation: quote, note and tags shown as text (never HTML), with edit and delete. */
export default function AnnotationCard({ annotation: a, onSave, onDelete, onOpen, onTag }: AnnotationCardProps) {
  const [opened, setOpened] = useState<OpenNoteResult | 'opening'>();
  // Repeated buttons say which note they act on, for a screen reader listing them.
  const name = noteName(a);
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(a.note);
  const [tags, setTags] = useState(a.tags.join('、'));
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string>();

  const textarea = useRef<HTMLTextAreaElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  // Set when an edit ends: the keyboard goes back to the card's edit button, not to the page's start.
  const returning = useRef(false);
  useEffect(() => {
    if (editing) textarea.current?.focus();
    else if (returning.current) editButton.current?.focus();
    returning.current = false;
  }, [editing]);
  const startEdit = () => {
    setNote(a.note);
    setTags(a.tags.join('、'));
    setEditing(true);
  };
  const stopEdit = () => {
    returning.current = true;
    setEditing(false);
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    if (noteTooLong(note)) return;
    setSaving(true);
    setFailure(undefined);
    try {
      await onSave(a.id, { note, tags: parseTags(tags) });
      stopEdit();
    } catch (error) {
      // The form stays open with what was typed: nothing is lost on a failed save.
      setFailure(t('libraryEditFailed', writeFailure(error)));
    } finally {
      setSaving(false);
    }
  };
  const remove = async () => {
    setFailure(undefined);
    try {
      await onDelete(a.id);
    } catch (error) {
      setFailure(t('libraryDeleteFailed', writeFailure(error)));
    }
  };

  return (
    <li class={`gm-card gm-color-${a.color}`} data-testid="govmark-annotation" data-id={a.id}>
      {a.quote ? (
        <blockquote class="gm-quote" lang="zh-CN">
          {a.quote.exact}
        </blockquote>
      ) : (
        <p class="gm-help">{t('libraryPageNote')}</p>
      )}
      {failure && (
        <p class="gm-message" role="alert" data-testid="govmark-annotation-error">
          {failure}
        </p>
      )}
      {editing ? (
        <form class="gm-edit" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && stopEdit()}>
          <label>
            {t('libraryNote')}
            <textarea
              ref={textarea}
              data-testid="govmark-edit-note"
              value={note}
              rows={3}
              onInput={(event) => setNote(event.currentTarget.value)}
            />
          </label>
          <NoteLength length={note.length} />
          <label>
            {t('libraryTags')}
            <input
              type="text"
              data-testid="govmark-edit-tags"
              value={tags}
              onInput={(event) => setTags(event.currentTarget.value)}
            />
          </label>
          <div class="gm-actions">
            <button type="submit" data-testid="govmark-edit-save" disabled={saving || noteTooLong(note)}>
              {t('librarySave')}
            </button>
            <button type="button" onClick={stopEdit}>
              {t('libraryCancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          {a.note && (
            <p class="gm-note" data-testid="govmark-annotation-note">
              {a.note}
            </p>
          )}
          {a.tags.length > 0 && (
            <ul class="gm-tags" aria-label={t('libraryTags')}>
              {a.tags.map((tag) => (
                <li key={tag}>
                  {onTag ? (
                    <button
                      type="button"
                      class="gm-tag"
                      aria-label={t('libraryFilterByTag', tag)}
                      onClick={() => onTag(tag)}
                    >
                      {tag}
                    </button>
                  ) : (
                    tag
                  )}
                </li>
              ))}
            </ul>
          )}
          <p class="gm-meta">
            <time dateTime={new Date(a.updated).toISOString()}>{when(a.updated)}</time>
            {onOpen && /^https?:\/\//i.test(a.url) ? (
              <button
                type="button"
                data-testid="govmark-open-note"
                aria-label={t(a.quote ? 'noteOpenNamed' : 'noteOpenPageNamed', name)}
                disabled={opened === 'opening'}
                onClick={async () => {
                  setOpened('opening');
                  setOpened(await onOpen(a).catch((): OpenNoteResult => 'failed'));
                }}
              >
                {t(a.quote ? 'noteOpen' : 'noteOpenPage')}
              </button>
            ) : null}
            <button
              type="button"
              data-testid="govmark-edit"
              ref={editButton}
              aria-label={t('noteEditNamed', name)}
              onClick={startEdit}
            >
              {t('libraryEdit')}
            </button>
            <button
              type="button"
              data-testid="govmark-delete"
              aria-label={t('noteDeleteNamed', name)}
              onClick={() => void remove()}
            >
              {t('libraryDelete')}
            </button>
          </p>
          {opened === 'unplaced' || opened === 'failed' ? (
            <p class="gm-message" role="status" data-testid="govmark-open-note-result" data-result={opened}>
              {t(opened === 'unplaced' ? 'noteUnplacedNow' : 'noteOpenFailed')}
            </p>
          ) : null}
        </>
      )}
    </li>
  );
}
