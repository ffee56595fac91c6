// Course lengths are stored in minutes; learners scan "2 h 30 min" faster than "150 minutes".
export function formatDurationMinutes(totalMinutes: number): string {
  const minutes = Math.max(0, Math.round(totalMinutes));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/**
 * Learning time, rounded down to the minute: a learner who has done 3 h 59 min 50 s has not yet
 * done four hours, and the figure must never claim it.
 */
export function formatLearningSeconds(seconds: number): string {
  const safe = Number.isFinite(seconds) ? Math.max(0, seconds) : 0;
  return formatDurationMinutes(Math.floor(safe / 60));
}
