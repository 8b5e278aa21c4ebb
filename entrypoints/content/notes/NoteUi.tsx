import { t } from '../../../utils/i18n';
import NoteEditor, { type NoteEditorProps } from './NoteEditor';

/** A spot in document coordinates (our host sits at the document's origin). */
export interface Spot {
  left: number;
  top: number;
}

export interface NoteUiProps {
  /** The "批注" button beside a selection. */
  addButton?: Spot & { onAdd: () => void };
  /** The open note card; `cardKey` changes when another note (or a new one) is opened, resetting the form. */
  editor?: NoteEditorProps & Spot & { cardKey: string };
}

/** The selection's "批注" button and the note card, both in GovMark's shadow root. */
export default function NoteUi({ addButton, editor }: NoteUiProps) {
  return (
    <>
      {addButton ? (
        <button
          type="button"
          class="add"
          data-testid="govmark-add-note"
          style={{ left: `${addButton.left}px`, top: `${addButton.top}px` }}
          // The page's selection must survive the click that asks to annotate it.
          onMouseDown={(event) => event.preventDefault()}
          onClick={addButton.onAdd}
        >
          {t('noteAdd')}
        </button>
      ) : null}
      {editor ? (
        <div class="card" style={{ left: `${editor.left}px`, top: `${editor.top}px` }}>
          <NoteEditor key={editor.cardKey} {...editor} />
        </div>
      ) : null}
    </>
  );
}
