import type { Span } from './types';

// `（牵头单位：教育厅、财政厅）`, `(牵头责任单位:自治区农牧厅)`: full- or half-width, one body or several.
const RESPONSIBILITY =
  /[（(]\s*(?:牵头(?:责任)?(?:单位|部门)|责任(?:单位|部门)|主责(?:单位|部门)|责任主体)\s*[:：]\s*([^（）()\n]{1,200}?)\s*[）)]/gu;
const SEPARATOR = /[、，,；;]|\s+和\s*|(?<=[厅局委办部会院])和/u;

// `牵头单位：省教育厅；配合单位：省财政厅`: only the leading bodies answer for the item.
const SUPPORTING = /[；;，,]?\s*(?:配合|参与|协办|协同)(?:单位|部门)/u;

/** The responsible bodies an item names, as written and in order. */
export function parseResponsibleBodies(list: string): string[] {
  return (list.split(SUPPORTING)[0] as string)
    .split(SEPARATOR)
    .map((name) => name.trim().replace(/^等|等$/gu, ''))
    .filter((name) => name.length > 0);
}

/**
 * For each target, the bodies the text makes responsible for its item (a 民生实事 entry closing with
 * a 牵头单位 note), or an empty list.
 */
export function linkResponsibleBodies(text: string, targets: readonly Span[]): string[][] {
  const links: string[][] = [];
  for (let k = 0; k < targets.length; k++) links.push([]);
  let t = 0;
  let itemStart = 0;
  for (const m of text.matchAll(RESPONSIBILITY)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const start = Math.max(itemStart, lineStart);
    const bodies = parseResponsibleBodies(m[1] as string);
    while (t < targets.length && (targets[t] as Span).start < start) t++;
    for (; t < targets.length && (targets[t] as Span).end <= m.index; t++) links[t] = bodies;
    itemStart = m.index + m[0].length;
  }
  return links;
}
