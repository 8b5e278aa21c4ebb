import { useMemo, useState } from 'preact/hooks';
import { TARGET_KINDS } from '../../analysis/types';
import type { TargetRowWithNotes } from '../../storage/join-targets-with-notes';
import { t } from '../../utils/i18n';
import { countOf } from '../../utils/plural';
import { boundLabel, formatTargetValue, kindLabel } from '../../utils/present-target';
import { reportName } from '../../utils/report-name';
import {
  filterTargetRows,
  type SortDirection,
  sortTargetRows,
  type TargetRowFilter,
  type TargetSortKey,
} from './target-rows';

export interface TargetsTableProps {
  reportKey: string;
  title: string;
  pageCount: number;
  rows: readonly TargetRowWithNotes[];
  /** Downloads the rows as shown (filtered and sorted) as CSV. */
  onExport(rows: TargetRowWithNotes[]): void;
}

// Short columns never wrap (a word stacked one character a line reads as nothing); long ones take the rest.
const COLUMNS: { key: TargetSortKey; label: string; fit?: boolean }[] = [
  { key: 'text', label: 'libraryColTarget' },
  { key: 'value', label: 'libraryColValue', fit: true },
  { key: 'unit', label: 'libraryColUnit', fit: true },
  { key: 'bound', label: 'libraryColBound', fit: true },
  { key: 'kind', label: 'libraryColKind', fit: true },
  { key: 'agency', label: 'libraryColAgency' },
];

/** Every target of one report with the reader's notes beside it; sortable by column, filterable, CSV export. */
export default function TargetsTable({ reportKey, title, pageCount, rows, onExport }: TargetsTableProps) {
  const [sort, setSort] = useState<{ key: TargetSortKey; direction: SortDirection }>({
    key: 'position',
    direction: 'ascending',
  });
  const [filter, setFilter] = useState<TargetRowFilter>({ kind: '', text: '' });
  const shown = useMemo(
    () => sortTargetRows(filterTargetRows(rows, filter), sort.key, sort.direction),
    [rows, filter, sort],
  );
  const toggleSort = (key: TargetSortKey) =>
    setSort((s) =>
      s.key === key && s.direction === 'ascending' ? { key, direction: 'descending' } : { key, direction: 'ascending' },
    );
  const id = `gm-targets-${encodeURIComponent(reportKey)}`;

  return (
    <section class="gm-targets" aria-labelledby={id} data-testid="govmark-targets" data-report={reportKey}>
      <h3 id={id}>
        <span lang="zh-CN">{reportName(reportKey, [title], t('reportUntitled'))}</span>
        <span class="gm-help">
          {' '}
          · {t('libraryTargetsCount', [countOf(rows.length, 'countTargets'), countOf(pageCount, 'countPages')])}
        </span>
      </h3>
      <div class="gm-targets-tools">
        <label>
          {t('libraryColKind')}
          <select
            data-testid="govmark-targets-kind"
            value={filter.kind}
            onChange={(event) => setFilter({ ...filter, kind: event.currentTarget.value as TargetRowFilter['kind'] })}
          >
            <option value="">{t('libraryAny')}</option>
            {TARGET_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabel(kind)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('libraryTargetsFilter')}
          <input
            type="search"
            data-testid="govmark-targets-filter"
            value={filter.text}
            onInput={(event) => setFilter({ ...filter, text: event.currentTarget.value })}
          />
        </label>
        <button type="button" data-testid="govmark-export-targets" onClick={() => onExport(shown)}>
          {t('libraryExportTargets')}
        </button>
      </div>
      <div class="gm-table-scroll">
        <table aria-labelledby={id}>
          <thead>
            <tr>
              {COLUMNS.map(({ key, label, fit }) => (
                <th
                  key={key}
                  scope="col"
                  class={fit ? 'gm-fit' : undefined}
                  aria-sort={sort.key === key ? sort.direction : undefined}
                >
                  <button type="button" data-testid={`govmark-sort-${key}`} onClick={() => toggleSort(key)}>
                    {t(label)}
                    <span aria-hidden="true">
                      {sort.key === key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
              <th scope="col">{t('libraryColSentence')}</th>
              <th scope="col" aria-sort={sort.key === 'notes' ? sort.direction : undefined}>
                <button type="button" data-testid="govmark-sort-notes" onClick={() => toggleSort('notes')}>
                  {t('libraryColNotes')}
                </button>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={`${row.url}#${row.start}`} data-testid="govmark-target-row" class={`gm-kind-${row.kind}`}>
                <td class="gm-target-text" lang="zh-CN">
                  {row.text}
                </td>
                <td class="gm-fit gm-num" lang="zh-CN">
                  {formatTargetValue(row)}
                </td>
                <td class="gm-fit" lang="zh-CN">
                  {row.unit}
                </td>
                <td class="gm-fit">{boundLabel(row.bound)}</td>
                <td class="gm-fit">{kindLabel(row.kind)}</td>
                <td lang="zh-CN">{row.agency.join('、')}</td>
                <td class="gm-sentence" lang="zh-CN">
                  {row.sentence}
                </td>
                <td class="gm-target-notes">
                  {row.notes.map((note, i) => (
                    <p key={i} class="gm-note">
                      {note}
                    </p>
                  ))}
                  {row.tags.length > 0 && <p class="gm-tags-inline">{row.tags.join('、')}</p>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 && <p class="gm-help">{t('libraryTargetsNone')}</p>}
    </section>
  );
}
