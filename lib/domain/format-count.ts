// Government audiences read numbers in the Indian system (12,34,567), so counts use en-IN grouping.
const COUNT_FORMAT = new Intl.NumberFormat("en-IN");

export function formatCount(value: number | bigint): string {
  return COUNT_FORMAT.format(value);
}

/**
 * Whole-number share, e.g. completions out of enrolments; 0 when there is nothing to divide by.
 * Rounding never claims "100%" while some are missing, nor "0%" when there are some.
 */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0 || part <= 0) return 0;
  if (part >= whole) return 100;
  return Math.min(99, Math.max(1, Math.round((part / whole) * 100)));
}
