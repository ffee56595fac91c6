import { describe, expect, it } from "vitest";
import {
  MIN_LESSON_SECONDS,
  PDF_MAX_REQUIRED_SECONDS,
  canCompleteVideo,
  countWords,
  minimumPdfSeconds,
  minimumReadingSeconds,
  videoRequirement,
  type VideoRequirement,
} from "./lesson-requirements";

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");

describe("countWords", () => {
  it.each<[string, string, number]>([
    ["empty", "", 0],
    ["plain sentence", "The Right to Information Act, 2005.", 6],
    ["markdown symbols are not words", "## Heading\n\n- item one\n- item two\n\n> quote | table |", 7],
    ["link targets are not read", "See [the RTI portal](https://rtionline.gov.in/request/long/path) now", 5],
    ["html tags are not words", "<p>Two <strong>words</strong></p>", 2],
    ["Hindi", "सूचना का अधिकार अधिनियम", 4],
    ["numbers count", "Section 4 (1) (b)", 4],
    ["extra whitespace", "  spaced \n\n\t out  ", 2],
  ])("%s", (_name, text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe("minimumReadingSeconds", () => {
  it.each<[string, string | null, number, number]>([
    ["no body: the floor", null, 600, MIN_LESSON_SECONDS],
    ["short body: the floor", words(50), 600, MIN_LESSON_SECONDS],
    // 476 words at 238 wpm is 2 minutes; with 0.5 lenience, 60 s.
    ["476 words → 60 s", words(476), 600, 60],
    ["477 words rounds up", words(477), 600, 61],
    ["2,380 words → 300 s", words(2380), 900, 300],
    ["capped at the author's duration", words(2380), 120, 120],
    ["floor capped at a tiny duration", words(10), 10, 10],
    ["no duration: no cap", words(2380), 0, 300],
  ])("%s", (_name, body, duration, expected) => {
    expect(minimumReadingSeconds(body, duration)).toBe(expected);
  });
});

describe("minimumPdfSeconds", () => {
  it.each<[number, number]>([
    [600, 300],
    [601, 301],
    [30, 20],
    [10, 10],
    [0, MIN_LESSON_SECONDS],
    [-5, MIN_LESSON_SECONDS],
    [3600, PDF_MAX_REQUIRED_SECONDS],
    [7200, PDF_MAX_REQUIRED_SECONDS],
  ])("duration %d → %d", (duration, expected) => {
    expect(minimumPdfSeconds(duration)).toBe(expected);
  });
});

describe("videoRequirement", () => {
  it.each<[number, VideoRequirement]>([
    [1200, { minPositionSeconds: 1080, minSecondsSpent: 480 }],
    [95, { minPositionSeconds: 86, minSecondsSpent: 38 }],
    [0, { minPositionSeconds: 0, minSecondsSpent: MIN_LESSON_SECONDS }],
  ])("duration %d", (duration, expected) => {
    expect(videoRequirement(duration)).toEqual(expected);
  });
});

describe("canCompleteVideo", () => {
  it.each<[string, number, number, number, boolean]>([
    ["watched through at 1×", 1200, 1200, 1200, true],
    ["watched 90 % at 2×", 1080, 520, 1200, true],
    ["exactly at both thresholds", 1080, 480, 1200, true],
    ["one second short of coverage", 1079, 1200, 1200, false],
    ["covered but too little time (replayed the end)", 1200, 479, 1200, false],
    ["plenty of time but skipped ahead", 300, 1500, 1200, false],
    ["unknown duration, some watching", 0, 20, 0, true],
    ["unknown duration, no watching", 0, 5, 0, false],
  ])("%s", (_name, maxPositionSeconds, secondsSpent, duration, expected) => {
    expect(canCompleteVideo({ maxPositionSeconds, secondsSpent }, duration)).toBe(expected);
  });
});
