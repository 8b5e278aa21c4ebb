/** Excel needs the BOM to read UTF-8 Chinese correctly. */
export const CSV_BOM = '\uFEFF';

// OWASP CSV injection: a cell that a spreadsheet could read as a formula gets a leading apostrophe. Spreadsheets
// skip leading spaces (U+3000 too), line breaks and zero-width characters, so the guard looks past them.
const FORMULA_START = /^[\t\r]|^[\s\u200b-\u200d\u2060\u180e\ufeff]*[=+\-@]/u;

/** One cell, neutralised against formula injection and quoted as RFC 4180 says. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV document: BOM, CRLF line ends, a header row and then the rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
