// IST calendar arithmetic on day numbers (days since 1970-01-01), matching the database's own
// helpers: ist_date() shifts an instant by +05:30, learning_week_start() is that week's Monday,
// ist_month_start() the first of the month. India keeps one offset all year, so no zone data.

export const DAY_MS = 86_400_000;
export const IST_OFFSET_MS = (5 * 60 + 30) * 60_000;

/** The IST calendar day of an instant. */
export function istDayOf(ms: number): number {
  return Math.floor((ms + IST_OFFSET_MS) / DAY_MS);
}

/** The instant of `secondsIntoDay` after IST midnight of `day`. */
export function istInstant(day: number, secondsIntoDay: number): number {
  return day * DAY_MS - IST_OFFSET_MS + secondsIntoDay * 1000;
}

/** Monday of the week `day` falls in (1970-01-01 was a Thursday). */
export function weekStartOf(day: number): number {
  return day - ((day + 3) % 7);
}

/** 0 for Monday … 6 for Sunday. */
export function weekdayOf(day: number): number {
  return (day + 3) % 7;
}

export function monthStartOf(day: number): number {
  const date = new Date(day * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY_MS;
}

/** "YYYY-MM-DD" for a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Day number of "YYYY-MM-DD"; throws on anything else. */
export function parseIsoDay(text: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new Error(`Not a YYYY-MM-DD date: ${text}`);
  const ms = Date.parse(`${text}T00:00:00.000Z`);
  if (Number.isNaN(ms) || isoDay(ms / DAY_MS) !== text) throw new Error(`Not a calendar date: ${text}`);
  return ms / DAY_MS;
}

export type HistoryWindow = {
  /** Monday of the first week of history. */
  firstDay: number;
  /** The last day with activity (the as-of day, inside the current week). */
  lastDay: number;
  weeks: number;
};

/** `weeks` IST weeks ending with the week of `asOfDay`; the current week only up to that day. */
export function historyWindow(asOfDay: number, weeks: number): HistoryWindow {
  if (!Number.isInteger(weeks) || weeks < 1) throw new Error("History needs at least one week.");
  return { firstDay: weekStartOf(asOfDay) - 7 * (weeks - 1), lastDay: asOfDay, weeks };
}
