import type { LibraryFilter } from '../../entrypoints/library/filter-annotations';
import type { ReportChoice } from '../../entrypoints/library/use-library';
import type { TagCount } from '../../storage/tags';
import { t } from '../../utils/i18n';

export interface FiltersProps {
  filter: LibraryFilter;
  tags: readonly TagCount[];
  reports: readonly ReportChoice[];
  onChange(patch: Partial<LibraryFilter>): void;
}

/** Narrow the library by tag, report, page and date range; every control is labelled. */
export default function Filters({ filter, tags, reports, onChange }: FiltersProps) {
  return (
    <fieldset class="gm-filters">
      <legend>{t('libraryFilters')}</legend>
      <label>
        {t('libraryFilterTag')}
        <select
          data-testid="govmark-filter-tag"
          value={filter.tag}
          onChange={(event) => onChange({ tag: event.currentTarget.value })}
        >
          <option value="">{t('libraryAny')}</option>
          {tags.map(({ tag, count }) => (
            <option key={tag} value={tag}>
              {tag} ({count})
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('libraryFilterReport')}
        <select
          data-testid="govmark-filter-report"
          value={filter.reportKey}
          onChange={(event) => onChange({ reportKey: event.currentTarget.value })}
        >
          <option value="">{t('libraryAny')}</option>
          {reports.map(({ key, name }) => (
            <option key={key} value={key}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('libraryFilterFrom')}
        <input
          type="date"
          data-testid="govmark-filter-from"
          value={filter.from}
          onInput={(event) => onChange({ from: event.currentTarget.value })}
        />
      </label>
      <label>
        {t('libraryFilterTo')}
        <input
          type="date"
          data-testid="govmark-filter-to"
          value={filter.to}
          onInput={(event) => onChange({ to: event.currentTarget.value })}
        />
      </label>
      {filter.url && (
        <p class="gm-chip">
          {t('libraryFilterPage')} <span class="gm-url">{filter.url}</span>
          <button type="button" data-testid="govmark-filter-page-clear" onClick={() => onChange({ url: '' })}>
            {t('libraryShowAllPages')}
          </button>
        </p>
      )}
    </fieldset>
  );
}
