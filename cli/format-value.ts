import type { Target } from '../analysis/types';

/** A normalised value as a reader would write it: 1500000000000, 4.5–5, or – for none. */
export function formatValue(value: Target['value']): string {
  if (value === null) return '–';
  if (Array.isArray(value)) return `${plain(value[0])}–${plain(value[1])}`;
  return plain(value);
}

// No exponent notation: 1e21 and beyond are not report quantities, but print them whole anyway.
function plain(n: number): string {
  return Math.abs(n) >= 1e21 ? BigInt(Math.round(n)).toString() : String(n);
}
