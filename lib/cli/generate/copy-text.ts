// PostgreSQL COPY text format: one row per line, columns separated by tabs, \N for NULL, and
// backslash, tab, newline and carriage return escaped inside values.

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

const DAY_MS = 86_400_000;
const dayPrefixes = new Map<number, string>();
const pad2 = (value: number) => (value < 10 ? `0${value}` : `${value}`);

/**
 * A timestamp(3) column (stored as UTC, like Prisma writes them) from epoch milliseconds:
 * "YYYY-MM-DD HH:MM:SS.mmm". The date part is cached per day, since tens of millions of rows
 * share a few hundred days.
 */
export function copyTimestamp(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return COPY_NULL;
  const day = Math.floor(ms / DAY_MS);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    prefix = `${new Date(day * DAY_MS).toISOString().slice(0, 10)} `;
    dayPrefixes.set(day, prefix);
  }
  let rest = ms - day * DAY_MS;
  const milliseconds = rest % 1000;
  rest = (rest - milliseconds) / 1000;
  const seconds = rest % 60;
  rest = (rest - seconds) / 60;
  const minutes = rest % 60;
  const hours = (rest - minutes) / 60;
  return `${prefix}${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}.${milliseconds < 10 ? "00" : milliseconds < 100 ? "0" : ""}${milliseconds}`;
}

export function copyJson(value: unknown): string {
  return value === null || value === undefined ? COPY_NULL : copyText(JSON.stringify(value));
}

export function copyBoolean(value: boolean): string {
  return value ? "t" : "f";
}

/** One COPY line from already formatted columns. */
export function copyRow(columns: readonly string[]): string {
  return `${columns.join("\t")}\n`;
}
