import { stringify } from "csv-stringify/sync";

/**
 * The characters that make a spreadsheet read a cell as a formula (OWASP "CSV
 * injection"): `=`, `+`, `-`, `@`, a tab or a carriage return at the start.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as it may be opened in Excel or LibreOffice: one that begins with a
 * formula character gets a single quote in front (`=HYPERLINK(…)` becomes
 * `'=HYPERLINK(…)`), which a spreadsheet shows as text. Every other text is written
 * as filed. Only text is prefixed: a number (a tally, a position) is written as
 * digits, and a negative number stays a number, because a spreadsheet reads `-5` as
 * minus five, never as a formula, and the open-data numbers are counts anyway.
 * The JSON files are never escaped: they hold the exact text.
 */
export function spreadsheetSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Records as CSV (RFC 4180): a header row with the column names, one row per
 * record, CRLF line ends, and quotes only where a field needs them (a comma, a
 * quote or a line break; quotes doubled). Booleans are `true`/`false`, numbers as
 * digits, a missing value is an empty field, and text goes through
 * {@link spreadsheetSafe}. Every CSV file Kuvend writes comes from here.
 */
export function toCsv<C extends string>(columns: readonly C[], records: readonly Record<C, string | number | boolean | null>[]): string {
  return stringify(records as Record<string, unknown>[], {
    header: true,
    columns: columns as unknown as string[],
    record_delimiter: "windows",
    quote_record_delimiter: true, // also quote a field holding a lone \n or \r
    cast: {
      boolean: (v: boolean) => (v ? "true" : "false"),
      number: (v: number) => String(v),
      string: (v: string) => spreadsheetSafe(v),
    },
  });
}
