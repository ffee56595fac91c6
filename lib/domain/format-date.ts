// Dates are shown in Indian Standard Time whatever the server's zone, so a due date never
// appears a day early on a machine running in UTC.
const OPTIONS: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric", timeZone: "Asia/Kolkata" };
const DATE_FORMATS = {
  en: new Intl.DateTimeFormat("en-IN", OPTIONS),
  hi: new Intl.DateTimeFormat("hi-IN", OPTIONS),
} as const;

export function formatDate(date: Date, locale: "en" | "hi" = "en"): string {
  return DATE_FORMATS[locale].format(date);
}

/** The machine-readable value for <time dateTime>, as the IST calendar date. */
export function isoDate(date: Date): string {
  const ist = new Date(date.getTime() + 5.5 * 3_600_000);
  return ist.toISOString().slice(0, 10);
}

const DATE_TIME_FORMATS = {
  en: new Intl.DateTimeFormat("en-IN", { ...OPTIONS, hour: "numeric", minute: "2-digit" }),
  hi: new Intl.DateTimeFormat("hi-IN", { ...OPTIONS, hour: "numeric", minute: "2-digit" }),
} as const;

/** Date and time of day in IST, for events a reviewer needs to place precisely. */
export function formatDateTime(date: Date, locale: "en" | "hi" = "en"): string {
  return DATE_TIME_FORMATS[locale].format(date);
}
