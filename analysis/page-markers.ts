import { parseChineseNumeral } from './numbers';
import type { PageInfo } from './types';

// A page's number: digits (07, A3) or numerals (第九版, 十二版). 接 and 转 stand alone in brackets: （转第九版）.
const PAGE = '([0-9０-９A-Za-z]{1,3}|[一二三四五六七八九十]{1,3})';
// Then 版 or 页 (上接第7页), or a lettered page alone (下转A09).
const WHERE = `(?:第\\s*)?(?:${PAGE}\\s*[版页]|([A-Za-z][0-9]{1,2})(?![0-9A-Za-z]))`;
const FROM = new RegExp(`(?:上接|紧接|[（(]\\s*紧?接)\\s*${WHERE}`, 'u');
const TO = new RegExp(`(?:下转|[（(]\\s*转)\\s*${WHERE}`, 'u');
const HERE = /第\s*([0-9０-９]{1,3})\s*版/u;
/** A page number in ASCII digits: full-width digits folded, numerals read (九 → 9, 十二 → 12). */
function ascii(s: string): string {
  if (/^[一二三四五六七八九十]+$/u.test(s)) return String(parseChineseNumeral(s));
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * The newspaper continuation markers of a report printed across pages (`上接07版`, `下转09版`),
 * and this page's own number when the title names it or the neighbours imply it.
 */
export function findPageInfo(text: string, title = ''): PageInfo | undefined {
  const fromMatch = FROM.exec(text);
  const toMatch = TO.exec(text);
  const from = fromMatch?.[1] ?? fromMatch?.[2];
  const to = toMatch?.[1] ?? toMatch?.[2];
  if (!from && !to) return undefined;
  const info: PageInfo = {};
  if (from) info.continuedFrom = ascii(from);
  if (to) info.continuesOn = ascii(to);
  const named = HERE.exec(title)?.[1];
  if (named) {
    info.page = ascii(named);
    // One way of writing the numbers on a line: the title's 第03版 beside the text's 上接第二版 reads 03 and 02.
    const width = info.page.length;
    const pad = (n: string | undefined) => (n !== undefined && /^\d+$/.test(n) ? n.padStart(width, '0') : n);
    if (/^0\d/.test(info.page)) {
      if (info.continuedFrom) info.continuedFrom = pad(info.continuedFrom) as string;
      if (info.continuesOn) info.continuesOn = pad(info.continuesOn) as string;
    }
  } else if (from && to && Number(ascii(to)) - Number(ascii(from)) === 2) {
    const width = ascii(from).length;
    info.page = String(Number(ascii(from)) + 1).padStart(width, '0');
  }
  return info;
}
