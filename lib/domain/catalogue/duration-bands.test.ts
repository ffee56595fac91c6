import { describe, expect, test } from "vitest";
import { DURATION_BANDS, durationBandOf, type DurationBandId } from "./duration-bands";

describe("durationBandOf", () => {
  test.each<[number, DurationBandId]>([
    [0, "under-30m"],
    [29, "under-30m"],
    [30, "30-60m"],
    [60, "30-60m"],
    [61, "1-3h"],
    [180, "1-3h"],
    [181, "over-3h"],
    [2400, "over-3h"],
    [-5, "under-30m"],
  ])("%d min → %s", (minutes, band) => {
    expect(durationBandOf(minutes)).toBe(band);
  });

  test("bands tile the minutes with no gap or overlap", () => {
    for (let minutes = 0; minutes <= 600; minutes++) {
      const matches = DURATION_BANDS.filter(
        (band) => (band.minMinutes === null || minutes >= band.minMinutes) && (band.maxMinutes === null || minutes <= band.maxMinutes),
      );
      expect(matches).toHaveLength(1);
    }
  });
});
