import { describe, expect, test } from "vitest";
import { formatHours, formatLevels, formatShare, gapHeat } from "./format-report";

describe("report formatting", () => {
  test.each([
    [0, "0%"],
    [0.004, "1%"],
    [0.4, "40%"],
    [0.996, "99%"],
    [1, "100%"],
    [Number.NaN, "0%"],
  ])("share %f → %s", (share, expected) => expect(formatShare(share)).toBe(expected));

  test("levels and hours", () => {
    expect(formatLevels(1.25)).toBe("1.3");
    expect(formatLevels(0)).toBe("0.0");
    expect(formatHours(12_345 * 3600)).toBe("12,345 h");
    expect(formatHours(1799)).toBe("0 h");
  });

  test.each([
    [0, 0],
    [0.2, 1],
    [0.5, 2],
    [1.5, 3],
    [2, 4],
  ])("heat of %f is %i", (gap, heat) => expect(gapHeat(gap)).toBe(heat));
});
