import type { Page } from 'playwright-core';

// What a reader does with notes on a page, shared by the notes and library end-to-end tests.

/** Drags the mouse over the words, as a reader selects them; returns what the page then has selected. */
export async function selectWithMouse(page: Page, words: string): Promise<string> {
  await page.bringToFront();
  const box = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes: { node: Text; start: number }[] = [];
    let text = '';
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      nodes.push({ node, start: text.length });
      text += node.data;
    }
    const at = text.indexOf(wanted);
    if (at < 0) throw new Error(`not on the page: ${wanted}`);
    const charAt = (offset: number) => {
      const hit = nodes.find((n) => n.start <= offset && offset < n.start + n.node.data.length);
      if (!hit) throw new Error(`no node at ${offset}`);
      const range = document.createRange();
      range.setStart(hit.node, offset - hit.start);
      range.setEnd(hit.node, offset - hit.start + 1);
      return range;
    };
    charAt(at).startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const first = charAt(at).getBoundingClientRect();
    const last = charAt(at + wanted.length - 1).getBoundingClientRect();
    return {
      x1: first.left + 1,
      y1: first.top + first.height / 2,
      x2: last.right - 1,
      y2: last.top + last.height / 2,
    };
  }, words);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 12 });
  await page.mouse.up();
  return page.evaluate(() => document.getSelection()?.toString() ?? '');
}

/** The page's note highlights, one string per note (a note split across elements is joined). */
export function noteHighlights(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const byId = new Map<string, string>();
    for (const mark of document.querySelectorAll('mark[data-govmark="note"]')) {
      const id = mark.getAttribute('data-govmark-id') ?? '';
      byId.set(id, (byId.get(id) ?? '') + (mark.textContent ?? ''));
    }
    return [...byId.values()];
  });
}
