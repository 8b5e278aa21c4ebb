/** `2026-03-05T14:30:00+08:00`: ISO 8601 in the reader's time zone, with its offset (the offset is a seam for tests). */
export function localIsoTime(ms: number, offsetMinutes = -new Date(ms).getTimezoneOffset()): string {
  const shifted = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${shifted}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
