import { useMemo, useState } from 'preact/hooks';
import type { Bound, TargetKind } from '../../analysis/types';
import type { TargetRowWithNotes } from '../../storage/join-targets-with-notes';
import { t } from '../../utils/i18n';
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

const KIND_LABEL: Record<TargetKind, string> = {
  goal: 'libraryKindGoal',
  past: 'libraryKindPast',
  other: 'libraryKindOther',
};
const BOUND_LABEL: Record<Bound, string> = {
  '=': 'libraryBoundExact',
  '>': 'libraryBoundAbove',
  '>=': 'libraryBoundAtLeast',
  '<': 'libraryBoundBelow',
  '<=': 'libraryBoundAtMost',
  '~': 'libraryBoundAbout',
  range: 'libraryBoundRange',
};
const COLUMNS: { key: TargetSortKey; label: string }[] = [
  { key: 'text', label: 'libraryColTarget' },
  { key: 'value', label: 'libraryColValue' },
  { key: 'unit', label: 'libraryColUnit' },
  { key: 'bound', label: 'libraryColBound' },
  { key: 'kind', label: 'libraryColKind' },
  { key: 'agency', label: 'libraryColAgency' },
];

const formatValue = (value: TargetRowWithNotes['value']) =>
  value === null ? '—' : Array.isArray(value) ? value.map((v) => v.toLocaleString()).join('–') : value.toLocaleString();

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
        {/* A report key from the engine names the report (2024-内蒙古自治区-政府工作报告); a URL key does not. */}
        {/^https?:/.test(reportKey) ? title || reportKey : reportKey}
        <span class="gm-help"> · {t('libraryTargetsCount', [String(rows.length), String(pageCount)])}</span>
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
            {(Object.keys(KIND_LABEL) as TargetKind[]).map((kind) => (
              <option key={kind} value={kind}>
                {t(KIND_LABEL[kind])}
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
        <table>
          <thead>
            <tr>
              {COLUMNS.map(({ key, label }) => (
                <th key={key} scope="col" aria-sort={sort.key === key ? sort.direction : undefined}>
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
                <td>{row.text}</td>
                <td class="gm-num">{formatValue(row.value)}</td>
                <td>{row.unit}</td>
                <td>{t(BOUND_LABEL[row.bound])}</td>
                <td>{t(KIND_LABEL[row.kind])}</td>
                <td>{row.agency.join('、')}</td>
                <td class="gm-sentence">{row.sentence}</td>
                <td>
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
