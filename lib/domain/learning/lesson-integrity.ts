// Decides, from evidence the server collected itself, whether a lesson may be marked complete.
// The browser's "Mark complete" is a request, never a fact: a 20-minute course "completed" in
// 20 seconds is the problem this exists to stop.

import { DOMAIN_ERROR_MESSAGES } from "./domain-error";
import { canCompleteVideo, minimumPdfSeconds, minimumReadingSeconds, videoRequirement } from "./lesson-requirements";
import { PLAYBACK_RATE_CAP } from "./video-heartbeat";

export type LessonType = "TEXT" | "VIDEO" | "PDF" | "LINK" | "ASSESSMENT";

export type LessonForCompletion = { type: LessonType; durationSeconds: number; body: string | null };

export type ProgressForCompletion = {
  status: "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED";
  secondsSpent: number;
  maxPositionSeconds: number;
  /** Server time the learner first opened the lesson. */
  startedAt: Date;
};

export type CompletionEvidence = {
  /** A recorded visit of a LINK lesson's outside URL (through the app's redirect). */
  hasVisitedLink?: boolean;
  /** The lesson's assessment has a passed attempt. */
  hasPassedAssessment?: boolean;
};

export type LessonCompletionFailureCode = "IMPLAUSIBLE_PROGRESS" | "LINK_NOT_VISITED" | "ASSESSMENT_NOT_PASSED";

/** How much is missing, as the official is told it: "about 45 more seconds", "about 7 more minutes". */
export type TimeMissing = { unit: "SECOND" | "MINUTE"; count: number };

/**
 * What an IMPLAUSIBLE_PROGRESS refusal says, as parameters for the screen to word in the
 * official's language: which kind of lesson (watching a video, reading a document or a text
 * lesson) and roughly how much more time it needs.
 */
export type LessonShortfall = { lessonType: "VIDEO" | "PDF" | "TEXT" } & TimeMissing;

export type LessonCompletionResult =
  | { ok: true; isAlreadyCompleted: boolean }
  | {
      ok: false;
      code: LessonCompletionFailureCode;
      /** In English, for reviewers (the integrity flag's reason); the learner's screen words `shortfall`. */
      message: string;
      /** Set for IMPLAUSIBLE_PROGRESS, null for the other codes. */
      shortfall: LessonShortfall | null;
      /**
       * Set LessonProgress.isFlagged for review. Only when the claim is far ahead of the evidence
       * (less than FLAG_BELOW_EVIDENCE_FRACTION of what is needed): a learner who clicks a few
       * minutes early is not suspicious, a client claiming a lesson it barely opened is.
       */
      shouldFlag: boolean;
      secondsMissing: number;
    };

export const FLAG_BELOW_EVIDENCE_FRACTION = 0.5;

/**
 * Evaluates a request to complete a lesson. `progress` is null when the learner never opened it.
 * Already completed lessons stay completed (the request is idempotent).
 */
export function evaluateLessonCompletion(
  lesson: LessonForCompletion,
  progress: ProgressForCompletion | null,
  evidence: CompletionEvidence,
  now: Date,
): LessonCompletionResult {
  if (progress?.status === "COMPLETED") return { ok: true, isAlreadyCompleted: true };

  if (lesson.type === "LINK") {
    return evidence.hasVisitedLink ? done() : notDone("LINK_NOT_VISITED");
  }
  if (lesson.type === "ASSESSMENT") {
    return evidence.hasPassedAssessment ? done() : notDone("ASSESSMENT_NOT_PASSED");
  }

  const secondsSpent = progress?.secondsSpent ?? 0;
  // Accepted time can never exceed the time since the lesson was opened; checking it again here
  // keeps a bug in the crediting code from turning into instant completions.
  const wallClockSeconds = progress ? Math.max(0, Math.floor((now.getTime() - progress.startedAt.getTime()) / 1000)) : 0;

  if (lesson.type === "VIDEO") {
    const maxPositionSeconds = progress?.maxPositionSeconds ?? 0;
    const requirement = videoRequirement(lesson.durationSeconds);
    const minWallClock = requirement.minPositionSeconds / PLAYBACK_RATE_CAP;
    if (canCompleteVideo({ maxPositionSeconds, secondsSpent }, lesson.durationSeconds) && wallClockSeconds >= minWallClock) {
      return done();
    }
    const secondsMissing = Math.ceil(
      Math.max(
        requirement.minPositionSeconds - maxPositionSeconds,
        requirement.minSecondsSpent - secondsSpent,
        minWallClock - wallClockSeconds,
        0,
      ),
    );
    const evidenceFraction = Math.min(
      fraction(maxPositionSeconds, requirement.minPositionSeconds),
      fraction(secondsSpent, requirement.minSecondsSpent),
    );
    return implausible("VIDEO", secondsMissing, evidenceFraction);
  }

  const required =
    lesson.type === "PDF"
      ? minimumPdfSeconds(lesson.durationSeconds)
      : minimumReadingSeconds(lesson.body, lesson.durationSeconds);
  if (secondsSpent >= required && wallClockSeconds >= required) return done();
  const secondsMissing = Math.max(required - secondsSpent, required - wallClockSeconds, 0);
  return implausible(lesson.type, secondsMissing, fraction(secondsSpent, required));
}

/** Seconds under a minute, minutes (rounded up) above — never "0". */
export function timeMissing(seconds: number): TimeMissing {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) return { unit: "SECOND", count: whole };
  return { unit: "MINUTE", count: Math.ceil(whole / 60) };
}

/** "about 45 more seconds", "about 1 more minute", "about 7 more minutes" — rounded up, never "0". */
export function describeTimeMissing(seconds: number): string {
  return wordTime(timeMissing(seconds));
}

function wordTime({ unit, count }: TimeMissing): string {
  const noun = unit === "SECOND" ? "second" : "minute";
  return `about ${count} more ${noun}${count === 1 ? "" : "s"}`;
}

const SHORTFALL_WORDING: Record<LessonShortfall["lessonType"], { subject: string; activity: string }> = {
  VIDEO: { subject: "This video needs", activity: "of watching" },
  PDF: { subject: "This document needs", activity: "of reading" },
  TEXT: { subject: "This lesson needs", activity: "of reading" },
};

function implausible(lessonType: LessonShortfall["lessonType"], secondsMissing: number, evidenceFraction: number): LessonCompletionResult {
  const shortfall: LessonShortfall = { lessonType, ...timeMissing(secondsMissing) };
  const { subject, activity } = SHORTFALL_WORDING[lessonType];
  return {
    ok: false,
    code: "IMPLAUSIBLE_PROGRESS",
    message: `${subject} ${wordTime(shortfall)} ${activity} before it can be marked complete.`,
    shortfall,
    shouldFlag: evidenceFraction < FLAG_BELOW_EVIDENCE_FRACTION,
    secondsMissing,
  };
}

function done(): LessonCompletionResult {
  return { ok: true, isAlreadyCompleted: false };
}

function notDone(code: "LINK_NOT_VISITED" | "ASSESSMENT_NOT_PASSED"): LessonCompletionResult {
  return { ok: false, code, message: DOMAIN_ERROR_MESSAGES[code], shortfall: null, shouldFlag: false, secondsMissing: 0 };
}

function fraction(have: number, need: number): number {
  return need <= 0 ? 1 : have / need;
}
