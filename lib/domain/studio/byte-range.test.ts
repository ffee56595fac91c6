import { expect, test } from "vitest";
import { contentRange, decideRange, type RangeDecision } from "@/lib/domain/studio/byte-range";

test.each<[string | null, number, RangeDecision]>([
  [null, 100, { kind: "full" }],
  ["bytes=0-", 100, { kind: "partial", start: 0, end: 99 }],
  ["bytes=0-0", 100, { kind: "partial", start: 0, end: 0 }],
  ["bytes=10-19", 100, { kind: "partial", start: 10, end: 19 }],
  // An end past the file is cut to the file (what a player asks when it guesses).
  ["bytes=90-500", 100, { kind: "partial", start: 90, end: 99 }],
  ["bytes=-10", 100, { kind: "partial", start: 90, end: 99 }],
  ["bytes=-500", 100, { kind: "partial", start: 0, end: 99 }],
  ["bytes=100-", 100, { kind: "unsatisfiable" }],
  ["bytes=200-300", 100, { kind: "unsatisfiable" }],
  ["bytes=-0", 100, { kind: "unsatisfiable" }],
  ["bytes=0-", 0, { kind: "unsatisfiable" }],
  // Not understood (or invalid): the whole file, as RFC 9110 lets a server do.
  ["bytes=20-10", 100, { kind: "full" }],
  ["bytes=0-10,20-30", 100, { kind: "full" }],
  ["items=0-10", 100, { kind: "full" }],
  ["bytes=-", 100, { kind: "full" }],
  ["bytes=abc-", 100, { kind: "full" }],
])("Range %j of %i bytes", (header, size, expected) => {
  expect(decideRange(header, size)).toEqual(expected);
});

test("Content-Range values", () => {
  expect(contentRange({ kind: "partial", start: 10, end: 19 }, 100)).toBe("bytes 10-19/100");
  expect(contentRange({ kind: "unsatisfiable" }, 100)).toBe("bytes */100");
  expect(contentRange({ kind: "full" }, 100)).toBeNull();
});
