import { describe, expect, test } from "vitest";
import { formatDurationMinutes, formatLearningSeconds, formatSecondsToGo } from "./format-duration";

describe("formatDurationMinutes", () => {
  test.each([
    [0, "0 min"],
    [1, "1 min"],
    [59, "59 min"],
    [60, "1 h"],
    [90, "1 h 30 min"],
    [150, "2 h 30 min"],
    [600, "10 h"],
    [44.6, "45 min"],
    [-5, "0 min"],
  ])("%d minutes → %s", (minutes, expected) => {
    expect(formatDurationMinutes(minutes)).toBe(expected);
  });
});

describe("formatLearningSeconds", () => {
  test.each([
    [0, "0 min"],
    [59, "0 min"],
    [60, "1 min"],
    [14_399, "3 h 59 min"],
    [14_400, "4 h"],
    [-10, "0 min"],
    [Number.NaN, "0 min"],
  ])("%d seconds → %s", (seconds, expected) => {
    expect(formatLearningSeconds(seconds)).toBe(expected);
  });
});

describe("in Hindi", () => {
  test.each([
    [45, "45 मिनट"],
    [60, "1 घंटा"],
    [150, "2 घंटे 30 मिनट"],
  ])("%d minutes → %s", (minutes, expected) => {
    expect(formatDurationMinutes(minutes, "hi")).toBe(expected);
  });

  test("learning seconds round down as in English", () => {
    expect(formatLearningSeconds(14_399, "hi")).toBe("3 घंटे 59 मिनट");
  });
});

describe("formatSecondsToGo", () => {
  test.each([
    [14_370, "4 h"],
    [1, "1 min"],
    [0, "0 min"],
    [3_540, "59 min"],
  ])("%d seconds to go → %s", (seconds, expected) => {
    expect(formatSecondsToGo(seconds)).toBe(expected);
  });

  test("done and to-go add up to the target whatever the seconds", () => {
    for (const done of [0, 30, 59, 60, 14_399]) {
      const minutes = (text: string) => text.split(" ").reduce((sum, part, i, all) => sum + (all[i + 1] === "h" ? Number(part) * 60 : all[i + 1] === "min" ? Number(part) : 0), 0);
      expect(minutes(formatLearningSeconds(done)) + minutes(formatSecondsToGo(14_400 - done))).toBe(240);
    }
  });
});
