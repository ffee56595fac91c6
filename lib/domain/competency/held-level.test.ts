import { describe, expect, test } from "vitest";
import { countsTowardHeldLevel, heldLevel, heldLevels, type Evidence } from "./held-level";

const revoked = new Date("2026-10-01T00:00:00Z");

describe("held level from evidence", () => {
  test.each([
    ["no evidence", [], 0],
    ["a completed course", [{ level: 2, source: "COURSE" }], 2],
    ["the highest verified level wins", [{ level: 2, source: "COURSE" }, { level: 3, source: "ASSESSMENT" }, { level: 1, source: "INSTITUTE" }], 3],
    ["a self-declared level never counts", [{ level: 5, source: "SELF" }], 0],
    ["a self-declared level beside a course counts for nothing", [{ level: 1, source: "COURSE" }, { level: 4, source: "SELF" }], 1],
    ["a supervisor's endorsement counts", [{ level: 1, source: "COURSE" }, { level: 3, source: "SUPERVISOR" }], 3],
    ["a revoked endorsement stops counting", [{ level: 1, source: "COURSE" }, { level: 3, source: "SUPERVISOR", revokedAt: revoked }], 1],
    ["a training institute's record counts", [{ level: 4, source: "INSTITUTE" }], 4],
    ["nothing left once the only evidence is revoked", [{ level: 2, source: "SUPERVISOR", revokedAt: revoked }], 0],
  ] as [string, Omit<Evidence, "competencyId">[], number][])("%s → %i", (_name, evidence, expected) => {
    expect(heldLevel(evidence)).toBe(expected);
  });

  test("per competency, leaving out competencies with nothing verified", () => {
    const levels = heldLevels([
      { competencyId: "a", level: 2, source: "COURSE" },
      { competencyId: "a", level: 3, source: "SUPERVISOR" },
      { competencyId: "b", level: 4, source: "SELF" },
      { competencyId: "c", level: 5, source: "SUPERVISOR", revokedAt: revoked },
      { competencyId: "c", level: 1, source: "ASSESSMENT" },
    ]);
    expect([...levels].sort()).toEqual([
      ["a", 3],
      ["c", 1],
    ]);
  });

  test.each([
    ["COURSE", null, true],
    ["SELF", null, false],
    ["SUPERVISOR", revoked, false],
    ["SUPERVISOR", undefined, true],
  ] as const)("%s revoked=%s counts: %s", (source, revokedAt, expected) => {
    expect(countsTowardHeldLevel({ source, revokedAt })).toBe(expected);
  });
});
