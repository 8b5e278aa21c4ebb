import { useMemo, useState } from 'preact/hooks';
import { yearOf } from '../../analysis/report-key';
import { compareReports } from '../../entrypoints/library/indicators-by-report';
import type { ReportTargets } from '../../entrypoints/library/targets-by-report';
import { t } from '../../utils/i18n';
import { signedAmount, type Translate } from '../../utils/present-target';
import { reportName } from '../../utils/report-name';
import { figureText } from './IndicatorsTable';

export interface CompareViewProps {
  reports: readonly ReportTargets[];
}

// As a person names the report (utils/report-name.ts), never its key.
const label = (report: ReportTargets) => reportName(report.reportKey, [report.title], t('reportUntitled'));
const yearLabel = (report: ReportTargets) => String(yearOf(report.reportKey)?.year ?? label(report));

/** The year whose result the later report reviews (the year before it), when its key names a year. */
const reviewedYear = (report: ReportTargets) => {
  const year = yearOf(report.reportKey)?.year;
  return year === undefined ? undefined : year - 1;
};
// The result column holds what B's review states: the year before B, whichever report A is.
const resultLabel = ({ a, b }: { a: ReportTargets; b: ReportTargets }) => String(reviewedYear(b) ?? yearLabel(a));

/** Whether A and B are one government's reports of consecutive years: only then is B's review A's year. */
function consecutive(a: ReportTargets, b: ReportTargets): boolean {
  const [x, y] = [yearOf(a.reportKey), yearOf(b.reportKey)];
  return !!x && !!y && x.region === y.region && y.year - x.year === 1;
}

/**
 * A change of goal with its unit: a difference of percentages is in percentage points; large amounts in
 * 万 and 亿, as reports write them (`-0.5个百分点`, `+100万人`); none, in words (不变).
 */
export function changeText(delta: number, unit: string, tr: Translate = t): string {
  // 0人 or 0个百分点 reads as a figure: the goal simply stayed.
  if (delta === 0) return tr('changeNone');
  const amount = signedAmount(delta);
  // A change of percentages is in percentage points, GovMark's own words (the figures stay as written).
  return unit === '%' ? tr('changePoints', amount) : `${amount}${unit}`;
}

// Two reports of one government a year apart, if the library holds such a pair; else the first two.
function defaultPair(reports: readonly ReportTargets[]): [string, string] {
  for (const b of reports) {
    const key = yearOf(b.reportKey);
    const a = key && reports.find((r) => r.reportKey === `report:${key.year - 1}:${key.region}`);
    if (a) return [a.reportKey, b.reportKey];
  }
  return [reports[0]?.reportKey ?? '', reports[1]?.reportKey ?? ''];
}

/** Any two reports of the library side by side, indicator by indicator (the earlier year first). */
export default function CompareView({ reports }: CompareViewProps) {
  const [pair, setPair] = useState<[string, string]>(() => defaultPair(reports));
  const first = reports.find((r) => r.reportKey === pair[0]);
  const second = reports.find((r) => r.reportKey === pair[1]);
  const result = useMemo(
    () => (first && second && first !== second ? compareReports(first, second) : null),
    [first, second],
  );
  const select = (side: 0 | 1, testId: string) => (
    <select
      id={testId}
      data-testid={testId}
      value={pair[side]}
      onChange={(event) => {
        const next: [string, string] = [...pair];
        next[side] = event.currentTarget.value;
        setPair(next);
      }}
    >
      {reports.map((r) => (
        <option key={r.reportKey} value={r.reportKey} lang="zh-CN">
          {label(r)}
        </option>
      ))}
    </select>
  );
  return (
    <div class="gm-targets gm-compare" data-testid="govmark-compare">
      <div class="gm-targets-tools">
        <label for="govmark-compare-a">{t('libraryCompareA')}</label>
        {select(0, 'govmark-compare-a')}
        <label for="govmark-compare-b">{t('libraryCompareB')}</label>
        {select(1, 'govmark-compare-b')}
      </div>
      {first && first === second ? (
        <p class="gm-help">{t('libraryCompareSame')}</p>
      ) : !result || result.rows.length === 0 ? (
        <p class="gm-help">{t('libraryCompareNone')}</p>
      ) : (
        <div class="gm-table-scroll">
          {result.a !== first && (
            // Chosen the later first: the columns still run in time order, and say so.
            <p class="gm-help" data-testid="govmark-compare-ordered">
              {t('libraryCompareOrdered')}
            </p>
          )}
          {!consecutive(result.a, result.b) && (
            <p class="gm-help" data-testid="govmark-compare-apart">
              {t('libraryCompareApart', resultLabel(result))}
            </p>
          )}
          <table aria-label={t('libraryCompare')}>
            <thead>
              <tr>
                <th scope="col">{t('libraryColIndicator')}</th>
                <th scope="col">{t('libraryCompareGoalOf', yearLabel(result.a))}</th>
                <th scope="col">{t('libraryCompareResultOf', resultLabel(result))}</th>
                <th scope="col">{t('libraryCompareGoalOf', yearLabel(result.b))}</th>
                <th scope="col">{t('libraryColChange')}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((row) => (
                <tr key={row.indicator} data-testid="govmark-compare-row">
                  <td lang="zh-CN">{row.indicator}</td>
                  <td lang="zh-CN">{figureText(row.goalA)}</td>
                  <td lang="zh-CN">{figureText(row.resultA)}</td>
                  <td lang="zh-CN">{figureText(row.goalB)}</td>
                  <td class="gm-num" lang="zh-CN" title={row.change?.text}>
                    {row.change?.delta === null || row.change === null
                      ? '—'
                      : row.change.delta === 0 && row.goalA?.bound !== row.goalB?.bound
                        ? // The same number with another bound (5.5%左右 → 5.5%以内): the words say what changed.
                          row.change.text
                        : changeText(row.change.delta, (row.goalB ?? row.goalA)?.unit ?? '')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
