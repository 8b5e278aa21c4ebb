import { UNITS } from './target-units';

// The pieces of the quantity patterns, as regex source. No `u` flag where they are used: every character
// here is in the BMP, and V8 runs these faster without it.

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// A measure word directly followed by these characters starts a noun instead (家庭, 成为, 周年).
const NOT_UNIT_BEFORE: Record<string, string> = {
  家: '庭园乡属长电具居务政',
  人: '民口才员们类士',
  名: '单称义誉列',
  成: '为果本员都立效功绩熟交长就型',
  周: '年边期转',
  条: '件例',
  期: '间限待',
  台: '湾阶',
  起: '来步点',
  支: '持付出援撑部柱点',
  年: '代度级底初末中内前后来间份会轻龄',
  天: '然津下空气地',
};
// A unit in Latin letters is a word of its own: `3km`, never the start of `3kms` or `5kW2`.
const unitPattern = (u: string) =>
  escapeRegExp(u) +
  (NOT_UNIT_BEFORE[u] ? `(?![${NOT_UNIT_BEFORE[u]}])` : /^[A-Za-z]/.test(u) ? '(?![A-Za-z0-9²³])' : '');

/** A unit or measure word (`个百分点`, `万吨标准煤`, `个`), longest first. */
export const UNIT = `(?:${UNITS.map(unitPattern).join('|')})`;
/** The characters a unit can start with. */
export const UNIT_FIRST_CHARS = [...new Set(UNITS.map((u) => u[0] as string))].join('');
export const DIGIT = '[0-9０-９]';
export const ARABIC_REST = '(?:,[0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)?(?:/[0-9]+)?';
export const ARABIC = `${DIGIT}+${ARABIC_REST}`;
export const NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';
/** The numerals that write one decimal digit each, as after 点 (`零点五`): never 十 or 两. */
export const DIGIT_NUMERALS = '〇零一二三四五六七八九';
export const CHINESE = `[${NUMERAL_CHARS}]+`;
export const MULT = '(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千(?![瓦米克]))';
export const SUFFIX = '(?:左右|以上|以下|以内|之内)';
// A rate's denominator stays in the span: `30万元/人左右`, `5分/千瓦时`.
export const PER = '(?:/(?:人|年|月|天|日|吨|户|亩|千瓦时|立方米|平方米))';
/** The characters that start a range's second half: `4.5%—5%`, `3至5个`. */
export const RANGE_DASHES = '—–-~～至到';
/** The last characters of the bound prefixes that may stand before 万/亿 alone (`近千万`, `超过亿`). */
export const PREFIX_BEFORE_BIG = '近约超达过到';
