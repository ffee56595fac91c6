import { describe, expect, it } from "vitest";
import {
  describeTimeMissing,
  evaluateLessonCompletion,
  timeMissing,
  type LessonShortfall,
  type CompletionEvidence,
  type LessonCompletionResult,
  type LessonForCompletion,
  type ProgressForCompletion,
} from "./lesson-integrity";

const NOW = new Date("2026-03-02T10:00:00Z");
const VIDEO_20_MIN: LessonForCompletion = { type: "VIDEO", durationSeconds: 1200, body: null };
const PDF_10_MIN: LessonForCompletion = { type: "PDF", durationSeconds: 600, body: null };
// 2,380 words: 300 s minimum.
const TEXT: LessonForCompletion = { type: "TEXT", durationSeconds: 900, body: Array.from({ length: 2380 }, () => "word").join(" ") };
const LINK: LessonForCompletion = { type: "LINK", durationSeconds: 300, body: null };
const QUIZ: LessonForCompletion = { type: "ASSESSMENT", durationSeconds: 900, body: null };

function progress(secondsSpent: number, maxPositionSeconds: number, openedSecondsAgo: number, status: ProgressForCompletion["status"] = "IN_PROGRESS"): ProgressForCompletion {
  return { status, secondsSpent, maxPositionSeconds, startedAt: new Date(NOW.getTime() - openedSecondsAgo * 1000) };
}

type Expected =
  | { ok: true }
  | { ok: false; code: string; shouldFlag: boolean; secondsMissing: number; message?: string; shortfall?: LessonShortfall | null };

describe("evaluateLessonCompletion", () => {
  it.each<[string, LessonForCompletion, ProgressForCompletion | null, CompletionEvidence, Expected]>([
    // Video
    ["video watched through", VIDEO_20_MIN, progress(1200, 1200, 1300), {}, { ok: true }],
    ["video at 2× to 90 %", VIDEO_20_MIN, progress(540, 1080, 560), {}, { ok: true }],
    [
      "video 'completed' in 20 seconds",
      VIDEO_20_MIN,
      progress(20, 40, 20),
      {},
      { ok: false, code: "IMPLAUSIBLE_PROGRESS", shouldFlag: true, secondsMissing: 1040, message: "This video needs about 18 more minutes of watching before it can be marked complete.", shortfall: { lessonType: "VIDEO", unit: "MINUTE", count: 18 } },
    ],
    [
      "video 7 minutes short is not flagged",
      VIDEO_20_MIN,
      progress(660, 660, 700),
      {},
      { ok: false, code: "IMPLAUSIBLE_PROGRESS", shouldFlag: false, secondsMissing: 420, message: "This video needs about 7 more minutes of watching before it can be marked complete." },
    ],
    ["video skipped to the end and replayed it", VIDEO_20_MIN, progress(200, 1200, 400), {}, { ok: false, code: "IMPLAUSIBLE_PROGRESS", shouldFlag: true, secondsMissing: 280 }],
    ["video never opened", VIDEO_20_MIN, null, {}, { ok: false, code: "IMPLAUSIBLE_PROGRESS", shouldFlag: true, secondsMissing: 1080 }],
    // Counters say done, but the lesson was opened 100 s ago: a crediting bug must not slip through.
    ["video counters ahead of the wall clock", VIDEO_20_MIN, progress(1200, 1200, 100), {}, { ok: false, code: "IMPLAUSIBLE_PROGRESS", shouldFlag: false, secondsMissing: 440 }],
    // Text
    ["text read", TEXT, progress(300, 0, 400), {}, { ok: true }],
    [
      "text 45 s short",
      TEXT,
      progress(255, 0, 400),
      {},
      { ok: false, code: "IMPLAUSIBLE_PROGRESS", shouldFlag: false, secondsMissing: 45, message: "This lesson needs about 45 more seconds of reading before it can be marked complete.", shortfall: { lessonType: "TEXT", unit: "SECOND", count: 45 } },
    ],
    ["text opened and closed", TEXT, progress(10, 0, 15), {}, { ok: false, code: "IMPLAUSIBLE_PROGRESS", shouldFlag: true, secondsMissing: 290 }],
    ["text counters ahead of the wall clock", TEXT, progress(300, 0, 120), {}, { ok: false, code: "IMPLAUSIBLE_PROGRESS", shouldFlag: false, secondsMissing: 180 }],
    // PDF
    ["pdf read for half its duration", PDF_10_MIN, progress(300, 0, 300), {}, { ok: true }],
    [
      "pdf 1 minute short",
      PDF_10_MIN,
      progress(240, 0, 1000),
      {},
      { ok: false, code: "IMPLAUSIBLE_PROGRESS", shouldFlag: false, secondsMissing: 60, message: "This document needs about 1 more minute of reading before it can be marked complete.", shortfall: { lessonType: "PDF", unit: "MINUTE", count: 1 } },
    ],
    // Link and assessment
    ["link visited", LINK, progress(0, 0, 1), { hasVisitedLink: true }, { ok: true }],
    ["link not visited", LINK, progress(0, 0, 600), {}, { ok: false, code: "LINK_NOT_VISITED", shouldFlag: false, secondsMissing: 0, shortfall: null }],
    ["assessment passed", QUIZ, null, { hasPassedAssessment: true }, { ok: true }],
    ["assessment not passed", QUIZ, progress(900, 0, 900), { hasPassedAssessment: false }, { ok: false, code: "ASSESSMENT_NOT_PASSED", shouldFlag: false, secondsMissing: 0, shortfall: null }],
    // Evidence of another kind does not count.
    ["a passed assessment does not complete a video", VIDEO_20_MIN, progress(0, 0, 10), { hasPassedAssessment: true, hasVisitedLink: true }, { ok: false, code: "IMPLAUSIBLE_PROGRESS", shouldFlag: true, secondsMissing: 1080 }],
  ])("%s", (_name, lesson, current, evidence, expected) => {
    expect(evaluateLessonCompletion(lesson, current, evidence, NOW)).toMatchObject(expected);
  });

  it.each<[LessonForCompletion]>([[VIDEO_20_MIN], [TEXT], [PDF_10_MIN], [LINK], [QUIZ]])("an already completed %o stays completed", (lesson) => {
    const result: LessonCompletionResult = evaluateLessonCompletion(lesson, progress(0, 0, 0, "COMPLETED"), {}, NOW);
    expect(result).toEqual({ ok: true, isAlreadyCompleted: true });
  });
});

describe("describeTimeMissing", () => {
  it.each<[number, string]>([
    [0, "about 1 more second"],
    [0.2, "about 1 more second"],
    [1, "about 1 more second"],
    [45, "about 45 more seconds"],
    [59, "about 59 more seconds"],
    [60, "about 1 more minute"],
    [61, "about 2 more minutes"],
    [420, "about 7 more minutes"],
    [3600, "about 60 more minutes"],
  ])("%d s → %s", (seconds, expected) => {
    expect(describeTimeMissing(seconds)).toBe(expected);
  });
});

describe("timeMissing", () => {
  it.each<[number, ReturnType<typeof timeMissing>]>([
    [0, { unit: "SECOND", count: 1 }],
    [45, { unit: "SECOND", count: 45 }],
    [59.5, { unit: "MINUTE", count: 1 }],
    [60, { unit: "MINUTE", count: 1 }],
    [61, { unit: "MINUTE", count: 2 }],
    [420, { unit: "MINUTE", count: 7 }],
  ])("%d s → %o", (seconds, expected) => {
    expect(timeMissing(seconds)).toEqual(expected);
  });
});
