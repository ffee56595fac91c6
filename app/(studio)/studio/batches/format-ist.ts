import { formatDate } from "@/lib/domain/format-date";

// Session times are shown in IST, like every date in the app.
const TIME = new Intl.DateTimeFormat("en-IN", { hour: "numeric", minute: "2-digit", timeZone: "Asia/Kolkata" });

/** "18 Feb 2026, 9:30 am–12:30 pm IST"; the end date is named when it is another day. */
export function formatSessionTime(startsAt: Date, endsAt: Date): string {
  const startDay = formatDate(startsAt);
  const endDay = formatDate(endsAt);
  const end = endDay === startDay ? TIME.format(endsAt) : `${endDay}, ${TIME.format(endsAt)}`;
  return `${startDay}, ${TIME.format(startsAt)}–${end} IST`;
}

/** "18 Feb 2026 – 20 Feb 2026", or one date for a one-day batch. */
export function formatDateRange(startsAt: Date, endsAt: Date): string {
  const start = formatDate(startsAt);
  const end = formatDate(endsAt);
  return start === end ? start : `${start} – ${end}`;
}
