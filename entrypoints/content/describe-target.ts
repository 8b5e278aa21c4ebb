import type { Bound, Target, TargetKind } from '../../analysis/types';

const KIND_WORDS: Record<TargetKind, string> = { goal: '今年目标', past: '已完成', other: '其他数字' };

const BOUND_WORDS: Record<Bound, string> = {
  '=': '确数',
  '~': '约',
  '>': '超过',
  '>=': '不低于',
  '<': '低于',
  '<=': '以内',
  range: '区间',
};

/** The hover card's rows for one target: [label, value], plain text (the card sets them as text only). */
export function describeTarget(
  target: Pick<Target, 'kind' | 'value' | 'unit' | 'bound' | 'agency'>,
): [string, string][] {
  const rows: [string, string][] = [
    ['类别', KIND_WORDS[target.kind]],
    ['数值', formatValue(target)],
    ['界限', BOUND_WORDS[target.bound]],
  ];
  if (target.agency.length > 0) rows.push(['责任单位', target.agency.join('、')]);
  return rows;
}

/** The normalised value with its unit: `15,000个`, `4.5–5%`, `约5%`; `未给出` when the text gives no number. */
export function formatValue({ value, unit, bound }: Pick<Target, 'value' | 'unit' | 'bound'>): string {
  if (value === null) return unit ? `未给出（${unit}）` : '未给出';
  const number = Array.isArray(value) ? `${formatNumber(value[0])}–${formatNumber(value[1])}` : formatNumber(value);
  if (bound === '<=') return `${number}${unit}以内`;
  const prefix = bound === '=' || bound === 'range' ? '' : BOUND_WORDS[bound];
  return `${prefix}${number}${unit}`;
}

// Large amounts read as the reports write them (5.2万亿, 26万); smaller ones in full with separators.
const LARGE: [from: number, unit: number, word: string][] = [
  [1e12, 1e12, '万亿'],
  [1e8, 1e8, '亿'],
  [1e5, 1e4, '万'],
];

function formatNumber(n: number): string {
  const [, unit, word] = LARGE.find(([from]) => Math.abs(n) >= from) ?? [0, 1, ''];
  return `${(n / unit).toLocaleString('zh-CN', { maximumFractionDigits: 4 })}${word}`;
}
