// ISO 8601 durations as xAPI uses them (result.duration), e.g. "PT1H2M3S".
// Hours are never rolled up into days: a day is not always 24 hours in ISO 8601's calendar
// sense, so LRSs read "PT26H" more reliably than "P1DT2H".

const CENTISECONDS_PER_HOUR = 360_000;
const CENTISECONDS_PER_MINUTE = 6_000;

/**
 * Formats seconds as an ISO 8601 duration, to the 0.01 s precision xAPI keeps.
 * Throws RangeError for negative or non-finite input.
 */
export function formatIsoDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new RangeError(`A duration must be a non-negative number of seconds, got ${seconds}.`);
  }
  const total = Math.round(seconds * 100);
  const hours = Math.floor(total / CENTISECONDS_PER_HOUR);
  const minutes = Math.floor((total % CENTISECONDS_PER_HOUR) / CENTISECONDS_PER_MINUTE);
  const centiseconds = total % CENTISECONDS_PER_MINUTE;
  let result = "PT";
  if (hours > 0) result += `${hours}H`;
  if (minutes > 0) result += `${minutes}M`;
  if (centiseconds > 0 || total === 0) result += `${formatSeconds(centiseconds)}S`;
  return result;
}

/**
 * Reads a duration made of days, hours, minutes and seconds ("PT1H2M3.5S", "P1DT2H") into
 * seconds, or null when it is not one. Years, months and weeks are refused: their length
 * depends on the calendar.
 */
export function parseIsoDuration(value: string): number | null {
  const match = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value);
  if (!match || value === "P" || value.endsWith("T")) return null;
  const [, days, hours, minutes, seconds] = match;
  return Number(days ?? 0) * 86_400 + Number(hours ?? 0) * 3_600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
}

function formatSeconds(centiseconds: number): string {
  const whole = Math.floor(centiseconds / 100);
  const fraction = centiseconds % 100;
  if (fraction === 0) return String(whole);
  return `${whole}.${String(fraction).padStart(2, "0").replace(/0$/, "")}`;
}
