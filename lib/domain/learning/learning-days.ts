// LearningTimeDaily.day is a DATE: the official's calendar day in India. PostgreSQL DATE values
// travel through Prisma as JavaScript Dates at UTC midnight, so the IST calendar day of an instant
// is written and compared as that UTC midnight. Writers and readers must share this one mapping,
// or time credited just after midnight IST lands on the previous day.

import { IST_OFFSET_MINUTES, type TimeWindow } from "./learning-hours";

const MINUTE_MS = 60_000;

/** The IST calendar day of `instant`, as the UTC-midnight Date a @db.Date column holds. */
export function istDay(instant: Date, offsetMinutes: number = IST_OFFSET_MINUTES): Date {
  const local = new Date(instant.getTime() + offsetMinutes * MINUTE_MS);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
}

/**
 * The day-column filter for a window from weekWindow/yearWindow (whose bounds are IST
 * midnights): { gte: first day, lt: the day after the last }.
 */
export function dayRange(window: TimeWindow, offsetMinutes: number = IST_OFFSET_MINUTES): { gte: Date; lt: Date } {
  return { gte: istDay(window.start, offsetMinutes), lt: istDay(window.end, offsetMinutes) };
}
