import { t } from '../../../utils/i18n';

/** A spot in document coordinates (our host sits at the document's origin). */
export interface Spot {
  left: number;
  top: number;
}

export interface NoteUiProps {
  /** The "批注" button beside a selection. */
  addButton?: Spot & { onAdd: () => void };
}

/** The selection's "批注" button, in GovMark's open shadow root: it carries no note data. */
export default function NoteUi({ addButton }: NoteUiProps) {
  return addButton ? (
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
  ) : null;
}
