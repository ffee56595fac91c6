import { stringify } from "csv-stringify/sync";

// CSV for every report export. A spreadsheet treats a cell that starts with =, +, -, @, tab or
// carriage return as a formula, so such cells are neutralised (csv-stringify prefixes a quote)
// — a name typed as "=HYPERLINK(…)" must reach the analyst as text.

// Rows end in CRLF, so a cell holding a bare line feed must be quoted too, or it would split a
// record in a reader that takes either ending.
const OPTIONS = { escape_formulas: true, record_delimiter: "windows", quoted_match: /[\r\n]/ } as const;

export type CsvColumn<T> = { header: string; value: (row: T) => string | number | null | undefined };

export function csvHeader<T>(columns: readonly CsvColumn<T>[]): string {
  return stringify([columns.map((column) => column.header)], OPTIONS);
}

export function csvRows<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  if (rows.length === 0) return "";
  return stringify(
    rows.map((row) => columns.map((column) => column.value(row) ?? "")),
    { ...OPTIONS, cast: { number: (value) => String(value) } },
  );
}

export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  return csvHeader(columns) + csvRows(columns, rows);
}

/** A safe download name: letters, digits and dashes only. */
export function csvFileName(...parts: string[]): string {
  const stem = parts
    .join("-")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `${stem || "report"}.csv`;
}
