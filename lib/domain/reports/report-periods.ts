// The weeks (Monday starts) and months (first days) a report's time series covers, in IST, as
// the UTC-midnight Dates a @db.Date column holds (see lib/domain/learning/learning-days.ts).

import { istDay } from "@/lib/domain/learning/learning-days";

const DAY_MS = 86_400_000;

export function weekStartOf(now: Date): Date {
  const day = istDay(now);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_MS);
}

export function monthStartOf(now: Date): Date {
  const day = istDay(now);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));
}

/** The last `count` week starts, oldest first, ending with the current week. */
export function recentWeeks(now: Date, count: number): Date[] {
  const current = weekStartOf(now).getTime();
  return Array.from({ length: count }, (_, index) => new Date(current - (count - 1 - index) * 7 * DAY_MS));
}

/** The last `count` month starts, oldest first, ending with the current month. */
export function recentMonths(now: Date, count: number): Date[] {
  const current = monthStartOf(now);
  return Array.from({ length: count }, (_, index) => new Date(Date.UTC(current.getUTCFullYear(), current.getUTCMonth() - (count - 1 - index), 1)));
}

export function periodKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}
