import { Fragment } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import AnnotationList from '../../components/library/AnnotationList';
import CompareView from '../../components/library/CompareView';
import ExportButtons, { type ExportScope } from '../../components/library/ExportButtons';
import Filters from '../../components/library/Filters';
import ImportPanel from '../../components/library/ImportPanel';
import IndicatorsTable from '../../components/library/IndicatorsTable';
import SearchBox from '../../components/library/SearchBox';
import TargetsTable from '../../components/library/TargetsTable';
import UndoToast from '../../components/library/UndoToast';
import { applyImport } from '../../storage/annotations';
import { db as defaultDb, type GovMarkDB } from '../../storage/db';
import { targetsToCsv } from '../../storage/export-csv';
import { exportFileName } from '../../storage/export-file-name';
import type { ImportPlan } from '../../storage/plan-import';
import { t } from '../../utils/i18n';
import { openNote } from '../../utils/open-note';
import { downloadText } from './download-text';
import { exportDocument } from './export-document';
import { type AnnotationExportKind, parseExportRequest } from './export-request';
import { NO_FILTER } from './filter-annotations';
import { focusCard, neighbourOf, undoHasFocus } from './focus-card';
import { groupAnnotations } from './group-annotations';
import { indicatorsOfReport, indicatorsToCsv } from './indicators-by-report';
import { prepareImport } from './prepare-import';
import { targetsByReport } from './targets-by-report';
import { useLibrary } from './use-library';
import { useLibraryTiming } from './use-library-timing';

export interface AppProps {
  db?: GovMarkDB;
  /** Takes the reader to a note's passage (utils/open-note.ts); tests pass a fake. */
  open?: typeof openNote;
  /** The page's query string: `?export=csv|md|json&url=…` comes from the popup's "export this page". */
  search?: string;
  download?: typeof downloadText;
  undoMs?: number;
}

/** The library: every annotation, search and filters, export and import, and a targets table per report. */
export default function App({
  db = defaultDb,
  search = location.search,
  download = downloadText,
  undoMs,
  open = openNote,
}: AppProps) {
  const request = useMemo(() => parseExportRequest(search), [search]);
  const lib = useLibrary(db, request ? { ...NO_FILTER, url: request.url } : NO_FILTER);
  const [deletedAt, setDeletedAt] = useState<number>();
  // The card that took the deleted one's place: where the keyboard goes when the undo offer goes away.
  const [deletedNext, setDeletedNext] = useState<string>();
  useLibraryTiming(lib);
  const visible = useMemo(() => groupAnnotations(lib.filtered.slice(0, lib.shown)), [lib.filtered, lib.shown]);
  const reports = useMemo(() => targetsByReport(lib.pages, lib.records), [lib.pages, lib.records]);
  const indicators = useMemo(
    () => new Map(reports.map((r) => [r.reportKey, indicatorsOfReport(r, reports)])),
    [reports],
  );

  const onExport = (kind: AnnotationExportKind, scope: ExportScope) => {
    const file = exportDocument(kind, scope === 'all' ? lib.records : lib.filtered);
    download(file.text, file.fileName, file.type);
  };
  const onApply = async (plan: ImportPlan) => {
    const result = await applyImport(db, plan);
    await lib.reload([...plan.add, ...plan.update]);
    return result;
  };

  return (
    // data-state lets tests and the benchmark wait for each loading step: loading, partial, ready, indexed.
    <main class="gm-library" data-state={lib.indexReady ? 'indexed' : lib.status}>
      <header class="gm-header">
        <h1>{t('libraryTitle')}</h1>
        <nav aria-label={t('libraryTitle')}>
          <a href="#gm-annotations">{t('libraryAnnotations')}</a> · <a href="#gm-targets">{t('libraryTargets')}</a>
        </nav>
      </header>

      {request && (
        <section class="gm-request" aria-labelledby="gm-request-title" data-testid="govmark-export-request">
          <h2 id="gm-request-title">{t('libraryExportThisPage')}</h2>
          <p class="gm-url">{request.url}</p>
        </section>
      )}

      <section class="gm-toolbar" aria-label={t('libraryTools')}>
        <SearchBox onSearch={lib.setQuery} hint={lib.query && !lib.indexReady ? t('libraryIndexing') : undefined} />
        <Filters filter={lib.filter} tags={lib.tags} reports={lib.reports} onChange={lib.setFilter} />
        <ExportButtons
          filteredCount={lib.filtered.length}
          totalCount={lib.records.length}
          narrowed={lib.filteredOnly}
          disabled={lib.status !== 'ready'}
          requested={request?.kind}
          onExport={onExport}
        />
        <ImportPanel prepare={(text) => prepareImport(db, text)} apply={onApply} />
      </section>

      <section id="gm-annotations" aria-labelledby="gm-annotations-title">
        <h2 id="gm-annotations-title">{t('libraryAnnotations')}</h2>
        {lib.error && (
          <p class="gm-message" role="alert">
            {lib.error}
          </p>
        )}
        {lib.status === 'ready' && lib.filtered.length === 0 && lib.records.length > 0 && (
          // A search or filter that finds nothing says so, and how to see everything again.
          <p class="gm-help" data-testid="govmark-library-no-hits">
            {lib.query.trim() ? t('libraryNoHitsFor', lib.query.trim()) : t('libraryNoHits')}
          </p>
        )}
        {lib.status === 'loading' ? (
          <p class="gm-help">{t('libraryLoading')}</p>
        ) : lib.records.length === 0 ? (
          <p class="gm-help" data-testid="govmark-library-empty">
            {t('libraryEmpty')}
          </p>
        ) : (
          <AnnotationList
            groups={visible}
            shown={lib.shown}
            total={lib.total}
            onMore={lib.showMore}
            onSave={lib.save}
            onDelete={(id) => {
              // Where the row was: the undo offer appears there, beside what the reader just removed.
              const row = document.querySelector(`[data-testid="govmark-annotation"][data-id="${CSS.escape(id)}"]`);
              setDeletedAt(row?.getBoundingClientRect().top);
              setDeletedNext(neighbourOf(id));
              return lib.remove(id);
            }}
            onOpen={open}
            onTag={(tag) => lib.setFilter({ tag })}
          />
        )}
      </section>

      <section id="gm-targets" aria-labelledby="gm-targets-title">
        <h2 id="gm-targets-title">{t('libraryTargets')}</h2>
        {reports.length === 0 ? (
          <p class="gm-help">{t('libraryTargetsEmpty')}</p>
        ) : (
          <p class="gm-help">
            {t('libraryPagesHelp')}{' '}
            <button
              type="button"
              data-testid="govmark-clear-pages"
              onClick={() => {
                if (confirm(t('libraryClearPagesConfirm'))) void lib.clearSeenPages();
              }}
            >
              {t('libraryClearPages')}
            </button>
          </p>
        )}
        {reports.map((report) => (
          <Fragment key={report.reportKey}>
            <TargetsTable
              {...report}
              onExport={(rows) => download(targetsToCsv(rows), exportFileName('targets-csv'), 'text/csv;charset=utf-8')}
            />
            <IndicatorsTable
              reportKey={report.reportKey}
              rows={indicators.get(report.reportKey) ?? []}
              onExport={(rows) =>
                download(
                  indicatorsToCsv(rows),
                  exportFileName('targets-csv').replace('targets', 'indicators'),
                  'text/csv;charset=utf-8',
                )
              }
            />
          </Fragment>
        ))}
      </section>

      {reports.length >= 2 && (
        <section id="gm-compare" aria-labelledby="gm-compare-title">
          <h2 id="gm-compare-title">{t('libraryCompare')}</h2>
          <CompareView reports={reports} />
        </section>
      )}

      {lib.deleted && (
        <UndoToast
          key={lib.deleted.record.id}
          message={t(
            'libraryDeleted',
            lib.deleted.record.quote?.exact.slice(0, 20) || lib.deleted.record.note.slice(0, 20),
          )}
          onUndo={() => {
            const id = lib.deleted?.record.id;
            void lib.undo().then(() => focusCard(id));
          }}
          onDismiss={() => {
            const focused = undoHasFocus();
            lib.dismissUndo();
            if (focused) focusCard(deletedNext);
          }}
          timeout={undoMs}
          top={deletedAt}
        />
      )}
    </main>
  );
}
