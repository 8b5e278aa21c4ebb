import type { PageInfo } from './types';

const FROM = /上接\s*(?:第\s*)?([0-9０-９A-Za-z]{1,3})\s*版/u;
const TO = /下转\s*(?:第\s*)?([0-9０-９A-Za-z]{1,3})\s*版/u;
const HERE = /第\s*([0-9０-９]{1,3})\s*版/u;

const ascii = (s: string) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/**
 * The newspaper continuation markers of a report printed across pages (`上接07版`, `下转09版`),
 * and this page's own number when the title names it or the neighbours imply it.
 */
export function findPageInfo(text: string, title = ''): PageInfo | undefined {
  const from = FROM.exec(text)?.[1];
  const to = TO.exec(text)?.[1];
  if (!from && !to) return undefined;
  const info: PageInfo = {};
  if (from) info.continuedFrom = ascii(from);
  if (to) info.continuesOn = ascii(to);
  const named = HERE.exec(title)?.[1];
  if (named) info.page = ascii(named);
  else if (from && to && Number(ascii(to)) - Number(ascii(from)) === 2) {
    const width = ascii(from).length;
    info.page = String(Number(ascii(from)) + 1).padStart(width, '0');
  }
  return info;
}
