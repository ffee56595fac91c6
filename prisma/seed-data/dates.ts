// Every seeded date is relative to one fixed day, so two runs produce identical rows (and the
// idempotence checks can match append-only learning records by their timestamps).
export const SEED_BASE_DATE = new Date("2026-04-01T00:00:00.000Z");

const DAY_MS = 24 * 60 * 60 * 1000;

/** A date `days` (may be fractional or negative) after the base date. */
export function daysFromBase(days: number): Date {
  return new Date(SEED_BASE_DATE.getTime() + Math.round(days * DAY_MS));
}

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}

/** 09:30 India time (04:00 UTC) on the given day offset: when training sessions start. */
export function istMorning(days: number): Date {
  return new Date(SEED_BASE_DATE.getTime() + days * DAY_MS + 4 * 60 * 60_000);
}
