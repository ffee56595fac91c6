import { describe, expect, it } from "vitest";
import { formatIsoDuration, parseIsoDuration } from "./iso-duration";

describe("formatIsoDuration", () => {
  it.each<[number, string]>([
    [0, "PT0S"],
    [0.004, "PT0S"],
    [0.5, "PT0.5S"],
    [0.05, "PT0.05S"],
    [1.25, "PT1.25S"],
    [59.999, "PT1M"],
    [60, "PT1M"],
    [61.5, "PT1M1.5S"],
    [3600, "PT1H"],
    [3723, "PT1H2M3S"],
    [3603, "PT1H3S"],
    [93_600, "PT26H"],
    [1200, "PT20M"],
  ])("%d s → %s", (seconds, expected) => {
    expect(formatIsoDuration(seconds)).toBe(expected);
  });

  it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY]])("rejects %s", (seconds) => {
    expect(() => formatIsoDuration(seconds)).toThrow(RangeError);
  });

  it.each([[0], [0.5], [61.5], [3723], [93_600], [12.34]])("round-trips %d s", (seconds) => {
    expect(parseIsoDuration(formatIsoDuration(seconds))).toBe(seconds);
  });
});

describe("parseIsoDuration", () => {
  it.each<[string, number | null]>([
    ["PT0S", 0],
    ["PT300S", 300],
    ["PT1H2M3S", 3723],
    ["PT1.5S", 1.5],
    ["P1DT2H", 93_600],
    ["P2D", 172_800],
    ["PT", null],
    ["P", null],
    ["P1Y", null],
    ["P1M", null],
    ["P1W", null],
    ["PT-5S", null],
    ["1H", null],
    ["", null],
    ["pt5s", null],
  ])("%j → %s", (value, expected) => {
    expect(parseIsoDuration(value)).toBe(expected);
  });
});
