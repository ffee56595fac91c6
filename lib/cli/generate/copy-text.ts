// PostgreSQL COPY text format, for the reference tables (organisations, dictionary, catalogue):
// one row per line, columns separated by tabs, \N for NULL, and backslash, tab, newline and
// carriage return escaped inside values. The bulk tables use the binary format (binary-copy.ts).

const NEEDS_ESCAPE = /[\\\t\n\r]/;

export const COPY_NULL = "\\N";

/** A text value for a COPY row; null becomes \N. */
export function copyText(value: string | null | undefined): string {
  if (value === null || value === undefined) return COPY_NULL;
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(/[\\\t\n\r]/g, (character) =>
    character === "\\" ? "\\\\" : character === "\t" ? "\\t" : character === "\n" ? "\\n" : "\\r",
  );
}

/** A timestamp(3) column (stored as UTC, like Prisma writes them) from epoch milliseconds. */
export function copyTimestamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 23);
}
