import type { Target } from '../../analysis/types';
import { t } from '../../utils/i18n';
import { formatTargetValue, kindLabel, type Translate } from '../../utils/present-target';

/** The hover card's rows for one target: [label, value], plain text (the card sets them as text only). */
export function describeTarget(
  target: Pick<Target, 'kind' | 'value' | 'unit' | 'bound' | 'agency'>,
  tr: Translate = t,
): [string, string][] {
  // The value carries its bound (不低于18万人), so no separate bound row repeats it.
  const rows: [string, string][] = [
    [tr('libraryColKind'), kindLabel(target.kind, tr)],
    [tr('libraryColValue'), formatTargetValue(target, tr)],
  ];
  if (target.agency.length > 0) rows.push([tr('libraryColAgency'), target.agency.join('、')]);
  return rows;
}

/** The value with its unit and bound as the report writes it (utils/present-target.ts). */
export const formatValue = formatTargetValue;
