// Learning-hour targets and the calendar windows they are counted in.
//
// Windows are computed at a fixed UTC offset rather than with a time-zone database: India has
// one zone and no daylight saving, so IST is always UTC+05:30, and a fixed offset keeps these
// rules free of the runtime's zone data. Every window is half-open: [start, end).

/** National Learning Week asks every official for 4 hours of competency-linked learning. */
export const LEARNING_WEEK_TARGET_SECONDS = 4 * 60 * 60;

export const IST_OFFSET_MINUTES = 5 * 60 + 30;

export type TimeWindow = { start: Date; end: Date };

export type LearningTargetProgress = {
  seconds: number;
  targetSeconds: number;
  /** Whole percent, rounded down and capped at 100, so the bar shows full only once the target is met. */
  percent: number;
  isMet: boolean;
  secondsRemaining: number;
};

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * Progress toward the target. The input must already be validated time only
 * (LessonProgress.secondsSpent and attended sessions of courses mapped to a competency),
 * never time the browser claimed.
 */
export function learningWeekProgress(
  validatedSecondsInWindow: number,
  targetSeconds: number = LEARNING_WEEK_TARGET_SECONDS,
): LearningTargetProgress {
  const seconds = Number.isFinite(validatedSecondsInWindow) ? Math.max(0, Math.floor(validatedSecondsInWindow)) : 0;
  const isMet = seconds >= targetSeconds;
  const percent = targetSeconds > 0 ? Math.min(100, Math.floor((seconds * 100) / targetSeconds)) : 100;
  return { seconds, targetSeconds, percent, isMet, secondsRemaining: Math.max(0, targetSeconds - seconds) };
}

/** The week containing `now`: Monday 00:00 to the next Monday 00:00, local to the offset (IST by default). */
export function weekWindow(now: Date, offsetMinutes: number = IST_OFFSET_MINUTES): TimeWindow {
  const local = new Date(now.getTime() + offsetMinutes * MINUTE_MS);
  const daysSinceMonday = (local.getUTCDay() + 6) % 7;
  const localMidnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - daysSinceMonday);
  const start = localMidnight - offsetMinutes * MINUTE_MS;
  return { start: new Date(start), end: new Date(start + 7 * DAY_MS) };
}

/** The calendar year containing `now`, 1 January 00:00 to the next 1 January, local to the offset (IST by default). */
export function yearWindow(now: Date, offsetMinutes: number = IST_OFFSET_MINUTES): TimeWindow {
  const year = new Date(now.getTime() + offsetMinutes * MINUTE_MS).getUTCFullYear();
  return {
    start: new Date(Date.UTC(year, 0, 1) - offsetMinutes * MINUTE_MS),
    end: new Date(Date.UTC(year + 1, 0, 1) - offsetMinutes * MINUTE_MS),
  };
}

export function isWithinWindow(at: Date, window: TimeWindow): boolean {
  return at.getTime() >= window.start.getTime() && at.getTime() < window.end.getTime();
}
