import type { Figure } from '../../analysis/indicator-compare';
import type { IndicatorRow } from '../../entrypoints/library/indicators-by-report';
import { t } from '../../utils/i18n';
import { figureWords } from '../../utils/present-target';

export interface IndicatorsTableProps {
  reportKey: string;
  rows: readonly IndicatorRow[];
  onExport(rows: readonly IndicatorRow[]): void;
}

export const figureText = (figure: Figure | null) => (figure ? figureWords(figure) : '—');

/** One row per indicator of a report: last year's goal, the result, this year's goal, the reader's notes. */
export default function IndicatorsTable({ reportKey, rows, onExport }: IndicatorsTableProps) {
  if (rows.length === 0) return null;
  return (
    <div class="gm-targets gm-indicators" data-testid="govmark-indicators" data-report={reportKey}>
      <div class="gm-targets-tools">
        <strong>{t('libraryIndicators')}</strong>
        <button type="button" data-testid="govmark-export-indicators" onClick={() => onExport(rows)}>
          {t('libraryExportIndicators')}
        </button>
      </div>
      <div class="gm-table-scroll">
        <table aria-label={t('libraryIndicators')}>
          <thead>
            <tr>
              <th scope="col">{t('libraryColIndicator')}</th>
              <th scope="col">{t('libraryColLastGoal')}</th>
              <th scope="col">{t('libraryColResult')}</th>
              <th scope="col">{t('libraryColGoal')}</th>
              <th scope="col">{t('libraryColNotes')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.indicator} data-testid="govmark-indicator-row">
                <td lang="zh-CN">{row.indicator}</td>
                <td lang="zh-CN">{figureText(row.goalA)}</td>
                <td lang="zh-CN">{figureText(row.resultA)}</td>
                <td lang="zh-CN">{figureText(row.goalB)}</td>
                <td>
                  {row.notes.map((note, i) => (
                    <p key={i} class="gm-note">
                      {note}
                    </p>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
