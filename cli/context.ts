import type { Span } from '../analysis/types';

/** The span with `width` characters either side, on one line, the span in 【】. */
export function contextAround(text: string, span: Pick<Span, 'start' | 'end'>, width = 12): string {
  const before = text.slice(Math.max(0, span.start - width), span.start);
  const after = text.slice(span.end, span.end + width);
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return `${flat(before)}【${flat(text.slice(span.start, span.end))}】${flat(after)}`;
}
