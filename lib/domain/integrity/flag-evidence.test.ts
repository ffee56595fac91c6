import { describe, expect, it } from "vitest";
import { describeFlagEvidence, formatShortDuration, parseFlagDetails } from "./flag-evidence";

describe("formatShortDuration", () => {
  it.each([
    [0, "0 s"],
    [4.4, "4 s"],
    [59, "59 s"],
    [60, "1 min"],
    [75, "1 min 15 s"],
    [3_600, "1 h 0 min"],
    [-3, "0 s"],
  ])("%d seconds → %s", (seconds, expected) => {
    expect(formatShortDuration(seconds)).toBe(expected);
  });
});

describe("describeFlagEvidence", () => {
  const details = {
    code: "IMPLAUSIBLE_PROGRESS",
    secondsSpent: 4,
    secondsMissing: 56,
    maxPositionSeconds: 0,
    openedAt: "2026-11-23T10:00:00.000Z",
    requestedAt: "2026-11-23T10:00:08.000Z",
  };

  it("words a text lesson's shortfall for a reviewer", () => {
    expect(describeFlagEvidence("TEXT", details)).toEqual({
      credited: "4 s of reading",
      needed: "about 56 s more",
      askedAfter: "8 s after first opening the lesson",
    });
  });

  it("gives a video's continuous position as well as its watching time", () => {
    expect(describeFlagEvidence("VIDEO", { ...details, maxPositionSeconds: 72, secondsSpent: 30 }).credited).toBe(
      "1:12 of the video watched continuously, 30 s of watching time",
    );
  });

  it("says reading the document for a PDF", () => {
    expect(describeFlagEvidence("PDF", details).credited).toBe("4 s of reading the document");
  });

  it("leaves out what the details do not hold, and survives malformed JSON", () => {
    expect(describeFlagEvidence("TEXT", { secondsSpent: "lots" })).toEqual({ credited: null, needed: null, askedAfter: null });
    expect(describeFlagEvidence("TEXT", null)).toEqual({ credited: null, needed: null, askedAfter: null });
    expect(parseFlagDetails([1, 2])).toEqual({});
  });

  it("does not claim a negative gap between opening and asking", () => {
    expect(describeFlagEvidence("TEXT", { ...details, requestedAt: "2026-11-23T09:59:00.000Z" }).askedAfter).toBeNull();
  });
});
