import { stringify } from "csv-stringify/sync";

/**
 * Records as CSV (RFC 4180): a header row with the column names, one row per
 * record, CRLF line ends, and quotes only where a field needs them (a comma, a
 * quote or a line break; quotes doubled). Booleans are `true`/`false`, numbers as
 * digits, and a missing value is an empty field. Text is written as filed: no
 * "formula escaping", which would change what councillors wrote.
 */
export function toCsv<C extends string>(columns: readonly C[], records: readonly Record<C, string | number | boolean | null>[]): string {
  return stringify(records as Record<string, unknown>[], {
    header: true,
    columns: columns as unknown as string[],
    record_delimiter: "windows",
    quote_record_delimiter: true, // also quote a field holding a lone \n or \r
    cast: { boolean: (v: boolean) => (v ? "true" : "false"), number: (v: number) => String(v) },
  });
}
