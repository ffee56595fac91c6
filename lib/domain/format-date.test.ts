import { describe, expect, test } from "vitest";
import { formatDate, formatDateTime, isoDate } from "./format-date";

describe("formatDate", () => {
  test.each([
    ["2026-11-23T10:00:00Z", "23 Nov 2026"],
    // 20:00 UTC is already the next day in India.
    ["2026-11-23T20:00:00Z", "24 Nov 2026"],
    ["2027-01-01T00:00:00Z", "1 Jan 2027"],
  ])("%s → %s", (iso, expected) => {
    expect(formatDate(new Date(iso))).toBe(expected);
  });
});

describe("isoDate", () => {
  test.each([
    ["2026-11-23T10:00:00Z", "2026-11-23"],
    ["2026-11-23T20:00:00Z", "2026-11-24"],
    ["2026-12-31T18:29:59Z", "2026-12-31"],
    ["2026-12-31T18:30:00Z", "2027-01-01"],
  ])("%s → %s", (iso, expected) => {
    expect(isoDate(new Date(iso))).toBe(expected);
  });
});

test("Hindi dates keep Indian Standard Time and Latin digits", () => {
  const text = formatDate(new Date("2026-11-23T20:00:00Z"), "hi");
  expect(text).toMatch(/^24 /);
  expect(text).toContain("2026");
  expect(text).not.toBe(formatDate(new Date("2026-11-23T20:00:00Z")));
});

test("date and time are given in Indian Standard Time", () => {
  expect(formatDateTime(new Date("2026-11-23T10:05:00Z"))).toMatch(/^23 Nov 2026, 3:35\s?pm$/i);
});
