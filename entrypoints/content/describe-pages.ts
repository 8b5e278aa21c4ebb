import type { PageInfo } from '../../analysis/types';

/** The legend's line for one page of a newspaper printing, e.g. "第08版，上接07版，下转09版"; '' when none. */
export function describePages(pages: PageInfo | undefined): string {
  if (!pages) return '';
  const parts: string[] = [];
  if (pages.page) parts.push(`第${bare(pages.page)}版`);
  if (pages.continuedFrom) parts.push(`上接${bare(pages.continuedFrom)}版`);
  if (pages.continuesOn) parts.push(`下转${bare(pages.continuesOn)}版`);
  return parts.join('，');
}

// The engine may give "08", "08版" or "第08版": keep only the page's own name.
function bare(page: string): string {
  return page
    .trim()
    .replace(/^(?:第|上接|下转)/, '')
    .replace(/版$/, '');
}
