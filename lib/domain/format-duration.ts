// Course lengths are stored in minutes; learners scan "2 h 30 min" faster than "150 minutes".
// Plain TypeScript (no i18n library) because server and client components both format durations.

type DisplayLocale = "en" | "hi";

const UNITS: Record<DisplayLocale, { hours: (n: number) => string; minutes: (n: number) => string }> = {
  en: { hours: (n) => `${n} h`, minutes: (n) => `${n} min` },
  hi: { hours: (n) => `${n} ${n === 1 ? "घंटा" : "घंटे"}`, minutes: (n) => `${n} मिनट` },
};

export function formatDurationMinutes(totalMinutes: number, locale: DisplayLocale = "en"): string {
  const units = UNITS[locale];
  const minutes = Math.max(0, Math.round(totalMinutes));
  if (minutes < 60) return units.minutes(minutes);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? units.hours(hours) : `${units.hours(hours)} ${units.minutes(rest)}`;
}

/**
 * Learning time, rounded down to the minute: a learner who has done 3 h 59 min 50 s has not yet
 * done four hours, and the figure must never claim it.
 */
export function formatLearningSeconds(seconds: number, locale: DisplayLocale = "en"): string {
  const safe = Number.isFinite(seconds) ? Math.max(0, seconds) : 0;
  return formatDurationMinutes(Math.floor(safe / 60), locale);
}

/**
 * Time still to go, rounded up to the minute: the counterpart of formatLearningSeconds, so
 * "0 min done" never sits beside "3 h 59 min to go" and the two always add up to the target.
 */
export function formatSecondsToGo(seconds: number, locale: DisplayLocale = "en"): string {
  const safe = Number.isFinite(seconds) ? Math.max(0, seconds) : 0;
  return formatDurationMinutes(Math.ceil(safe / 60), locale);
}
