import { describe, expect, test } from "vitest";
import { hasFieldErrors, isBatchEditable, modeHasBatches, validateBatch, validateSession, type BatchCheck } from "./batch-rules";

const day = (n: number, hour = 9) => new Date(Date.UTC(2026, 11, n, hour));
const batch = (overrides: Partial<BatchCheck> = {}): BatchCheck => ({
  startsAt: day(1),
  endsAt: day(5, 17),
  seatLimit: 30,
  enrolledCount: 10,
  sessions: [{ title: "Opening", startsAt: day(1), endsAt: day(1, 12) }],
  ...overrides,
});

describe("validateBatch", () => {
  test.each<[string, Partial<BatchCheck>, string[]]>([
    ["a sound batch", {}, []],
    ["ends before it starts", { endsAt: day(1, 8) }, ["endsAt"]],
    ["ends when it starts", { endsAt: day(1) }, ["endsAt"]],
    ["seat limit below the enrolled", { seatLimit: 9 }, ["seatLimit"]],
    ["seat limit equal to the enrolled", { seatLimit: 10 }, []],
    ["dates that leave a session outside", { startsAt: day(2) }, ["startsAt"]],
    ["no sessions yet", { sessions: [], startsAt: day(3) }, []],
  ])("%s", (_name, overrides, fields) => {
    const errors = validateBatch(batch(overrides));
    expect(Object.keys(errors).sort()).toEqual(fields.sort());
    expect(hasFieldErrors(errors)).toBe(fields.length > 0);
  });

  test("names the sessions that would fall outside", () => {
    expect(validateBatch(batch({ startsAt: day(2) })).startsAt?.[0]).toContain("“Opening”");
  });
});

describe("validateSession", () => {
  const outer = { startsAt: day(1), endsAt: day(5, 17) };
  test.each<[string, { startsAt: Date; endsAt: Date }, string[]]>([
    ["inside", { startsAt: day(2), endsAt: day(2, 12) }, []],
    ["exactly the batch", outer, []],
    ["ends before it starts", { startsAt: day(2, 12), endsAt: day(2) }, ["endsAt"]],
    ["starts before the batch", { startsAt: day(1, 8), endsAt: day(1, 10) }, ["startsAt"]],
    ["ends after the batch", { startsAt: day(5, 16), endsAt: day(5, 18) }, ["startsAt"]],
  ])("%s", (_name, session, fields) => {
    expect(Object.keys(validateSession(session, outer))).toEqual(fields);
  });
});

test.each([
  ["SCHEDULED", true],
  ["OPEN", true],
  ["CLOSED", true],
  ["COMPLETED", false],
  ["CANCELLED", false],
] as const)("a %s batch editable: %s", (status, expected) => {
  expect(isBatchEditable(status)).toBe(expected);
});

test.each([
  ["ONLINE", false],
  ["BLENDED", true],
  ["FACE_TO_FACE", true],
])("%s courses have batches: %s", (mode, expected) => {
  expect(modeHasBatches(mode)).toBe(expected);
});
