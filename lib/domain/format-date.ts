// Dates are shown in Indian Standard Time whatever the server's zone, so a due date never
// appears a day early on a machine running in UTC.
const DATE_FORMAT = new Intl.DateTimeFormat("en-IN", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "Asia/Kolkata",
});

export function formatDate(date: Date): string {
  return DATE_FORMAT.format(date);
}

/** The machine-readable value for <time dateTime>, as the IST calendar date. */
export function isoDate(date: Date): string {
  const ist = new Date(date.getTime() + 5.5 * 3_600_000);
  return ist.toISOString().slice(0, 10);
}
