// How much evidence each kind of lesson needs before it can be marked complete.
// The numbers are deliberately lenient — the aim is to stop "20 minutes in 20 seconds", not to
// police fast readers — and every one of them is a named constant so they can be tuned openly.

/** No timed lesson is complete in less than this, whatever its length. */
export const MIN_LESSON_SECONDS = 20;

/** Average silent reading speed of adults for English non-fiction (Brysbaert, 2019). */
export const READING_WORDS_PER_MINUTE = 238;

/** Skimmers, and readers of text they already know, are allowed to be twice as fast. */
export const READING_LENIENCE = 0.5;

/** A PDF's body is not parsed, so the author's duration stands in for its length… */
export const PDF_TIME_FRACTION = 0.5;

/** …capped, because long PDFs are reference material that nobody reads cover to cover in one go. */
export const PDF_MAX_REQUIRED_SECONDS = 30 * 60;

/** Share of a video that must be watched without skipping (end credits and outros can be skipped). */
export const VIDEO_COVERAGE_FRACTION = 0.9;

/**
 * Share of a video's length that must be spent watching. Coverage at the 2× speed cap already
 * implies 45 %; the margin absorbs whole-second rounding per heartbeat. A second, independent
 * check, so a flaw in one measure does not open the door on its own.
 */
export const VIDEO_TIME_FRACTION = 0.4;

/** Counts words for the reading-time estimate: any whitespace-separated token with a letter or digit in it. */
export function countWords(markdown: string): number {
  const text = markdown
    // Link and image targets are not read.
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/<[^>]+>/g, " ");
  // \p{L} covers Devanagari as well as Latin script; tokens of pure punctuation (#, -, |) are markup.
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/**
 * Minimum reading time for a TEXT lesson: words at READING_WORDS_PER_MINUTE, halved by
 * READING_LENIENCE, at least MIN_LESSON_SECONDS, and never more than the author's own estimate
 * (durationSeconds, when set).
 */
export function minimumReadingSeconds(body: string | null, durationSeconds: number): number {
  const words = countWords(body ?? "");
  const estimate = Math.ceil((words / READING_WORDS_PER_MINUTE) * 60 * READING_LENIENCE);
  return capAtDuration(Math.max(estimate, MIN_LESSON_SECONDS), durationSeconds);
}

/**
 * Minimum reading time for a PDF lesson: PDF_TIME_FRACTION of the author's duration, at least
 * MIN_LESSON_SECONDS, at most PDF_MAX_REQUIRED_SECONDS, and never more than the duration itself.
 */
export function minimumPdfSeconds(durationSeconds: number): number {
  const estimate = Math.ceil(Math.max(0, durationSeconds) * PDF_TIME_FRACTION);
  return capAtDuration(Math.min(Math.max(estimate, MIN_LESSON_SECONDS), PDF_MAX_REQUIRED_SECONDS), durationSeconds);
}

export type VideoRequirement = {
  /** The contiguous frontier (maxPositionSeconds) must reach this. */
  minPositionSeconds: number;
  /** Accepted watching time (secondsSpent) must reach this. */
  minSecondsSpent: number;
};

/**
 * What a video needs. With no duration there is nothing to cover, but a lesson still cannot be
 * "watched" in no time, so MIN_LESSON_SECONDS of accepted watching applies.
 */
export function videoRequirement(durationSeconds: number): VideoRequirement {
  if (durationSeconds <= 0) return { minPositionSeconds: 0, minSecondsSpent: MIN_LESSON_SECONDS };
  return {
    minPositionSeconds: Math.ceil(durationSeconds * VIDEO_COVERAGE_FRACTION),
    minSecondsSpent: Math.floor(durationSeconds * VIDEO_TIME_FRACTION),
  };
}

export function canCompleteVideo(progress: { maxPositionSeconds: number; secondsSpent: number }, durationSeconds: number): boolean {
  const requirement = videoRequirement(durationSeconds);
  return progress.maxPositionSeconds >= requirement.minPositionSeconds && progress.secondsSpent >= requirement.minSecondsSpent;
}

function capAtDuration(seconds: number, durationSeconds: number): number {
  return durationSeconds > 0 ? Math.min(seconds, durationSeconds) : seconds;
}
