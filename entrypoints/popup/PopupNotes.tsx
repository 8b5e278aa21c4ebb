import PageNotes from '../../components/PageNotes';
import type { CurrentTab } from './current-tab';
import { type PopupNotesApi, popupNotesApi, usePageNotes } from './use-page-notes';

export interface PopupNotesProps {
  tab: CurrentTab | undefined;
  /** Changes when GovMark starts or stops on the page, so the notes are read again. */
  pageKey: string;
  api?: PopupNotesApi;
}

/** The popup's notes section wired to the extension: the tab's notes, read and changed through messages. */
export default function PopupNotes({ tab, pageKey, api = popupNotesApi }: PopupNotesProps) {
  // Not before the page's status is known: it decides whether the page's script can be asked.
  const waiting = pageKey === 'loading' || pageKey === 'restricted';
  const model = usePageNotes(waiting ? undefined : tab, pageKey, api);
  const { data } = model;
  // A page no extension may touch has no notes: PageStatus already says why.
  if (pageKey === 'restricted') return null;
  return (
    <PageNotes
      status={data.status}
      notes={data.notes}
      unplaced={data.unplaced}
      knownTags={data.knownTags}
      onPage={data.onPage}
      message={data.message}
      deleted={data.deleted}
      onAddPageNote={model.addPageNote}
      onSave={(id, patch) => void model.update(id, patch)}
      onDelete={(id) => void model.remove(id)}
      onUndo={() => void model.undo()}
      onReattach={(id) => void model.reattach(id)}
      // Only where GovMark shows the notes on the page (not on a switched-off site): else there is no passage to go to.
      onOpen={data.onPage ? (id) => void model.open(id) : undefined}
      onOpenLibrary={model.openLibrary}
      onExport={model.exportPage}
    />
  );
}
