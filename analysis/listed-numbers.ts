import { parseArabic, tidy } from './numbers';
import type { Target } from './types';

const JOINERS = new Set(Array.from('、和与及', (c) => c.charCodeAt(0)));
// A bare number of a list: digits with a decimal part, nothing of a name or an ordinal right before it.
const BARE_NUMBER = /^\d{1,9}(?:\.\d{1,6})?$/u;
const NUMBER_PART = /[\d.]/u;
const NOT_BEFORE = /[\d.A-Za-z第]/u;
const LONGEST = 16;

/**
 * 分别提高1.2和0.8个百分点, 分别增长5.1、6.3和7%, 分别为120和80万人: the numbers listed right before a target,
 * with no unit of their own, are targets of its unit (and its 万 or 亿). A target just before that the list
 * left short takes the unit too: 分别达到120万和80万人, 提高2个和3个百分点. Returns the new targets, in text
 * order; `found` (the targets so far, ending at or before `target`) is mended in place. Each step reads a
 * bounded stretch before the target, and the list stops at what it has already read (`from`).
 */
export function listedNumbers(text: string, found: Target[], target: Target, scale: number, from: number): Target[] {
  const listed: Target[] = [];
  if (typeof target.value !== 'number' || target.unit === '') return listed;
  let at = target.start;
  while (at - 1 >= from && JOINERS.has(text.charCodeAt(at - 1))) {
    const joiner = at - 1;
    const last = found.at(-1);
    if (last !== undefined && last.end === joiner) {
      if (typeof last.value === 'number' && (last.unit === '' || (last.unit === '个' && target.unit === '个百分点'))) {
        last.unit = target.unit;
      }
      break;
    }
    let start = joiner;
    while (start > from && joiner - start < LONGEST && NUMBER_PART.test(text[start - 1] as string)) start--;
    const number = text.slice(start, joiner);
    if (!BARE_NUMBER.test(number) || NOT_BEFORE.test(text[start - 1] ?? '')) break;
    const value = tidy(parseArabic(number) * scale);
    const item: Target = {
      start,
      end: joiner,
      text: number,
      kind: 'other',
      value,
      unit: target.unit,
      bound: '=',
      agency: [],
    };
    listed.push(item);
    at = start;
  }
  return listed.reverse();
}
