// One CSV field for every CSV file the browser makes (the One Stop Shop KPI export,
// the initiatives report), with the same rules as the server's /open-data files
// (server/src/opendata/csv.ts): RFC 4180 quoting, an empty field for "none", and
// text that a spreadsheet would run as a formula (OWASP "CSV injection": a cell
// beginning with =, +, -, @, a tab or a carriage return) prefixed with a single
// quote. Numbers are written as numbers, a negative one too (a spreadsheet reads -5
// as minus five, not as a formula). The JSON downloads keep the exact text.

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text as it may be opened in Excel or LibreOffice: `=SUM(…)` becomes `'=SUM(…)`. */
export function spreadsheetSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvField(value: string | number | boolean | null): string {
  if (value === null) return "";
  const text = typeof value === "string" ? spreadsheetSafe(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
