import { describe, expect, test } from "vitest";
import {
  carriedEvidenceText,
  heldLevelsToRaise,
  planCourseTagCarryOver,
  planEvidenceCarryOver,
  planSelfAssessmentCarryOver,
  remapRoles,
  successorsOf,
  type CarryOverContext,
  type EvidenceToCarry,
} from "./competency-mapping";

// Old competencies: integrity and noting; integrity splits into ethics and accountability,
// noting and drafting merge into writing.
const context: CarryOverContext = {
  successors: new Map([
    ["old-integrity", [{ id: "new-ethics", name: "Ethics" }, { id: "new-accountability", name: "Accountability" }]],
    ["old-noting", [{ id: "new-writing", name: "Writing" }]],
    ["old-drafting", [{ id: "new-writing", name: "Writing" }]],
  ]),
  predecessors: new Map([
    ["old-integrity", { id: "old-integrity", name: "Integrity" }],
    ["old-noting", { id: "old-noting", name: "Noting" }],
    ["old-drafting", { id: "old-drafting", name: "Drafting" }],
  ]),
  oldFrameworkCode: "FRAC-2021",
  newFrameworkCode: "KCM-2025",
};

const AWARDED = new Date("2026-03-01T10:00:00Z");

function evidence(id: string, fields: Partial<EvidenceToCarry>): EvidenceToCarry {
  return { id, userId: "asha", competencyId: "old-noting", level: 2, source: "COURSE", evidence: "Completed Noting 101", awardedById: null, awardedAt: AWARDED, revokedAt: null, ...fields };
}

describe("roles follow the mapping", () => {
  test("a split copies the requirement, a merge keeps the stricter level, an unmapped one stays behind", () => {
    const successors = successorsOf([
      { from: "INT", to: "ETH" },
      { from: "INT", to: "ACC" },
      { from: "NOT", to: "WRI" },
      { from: "DRA", to: "WRI" },
    ]);
    const [role] = remapRoles(
      [
        {
          code: "R",
          name: "R",
          description: "",
          activities: [{ description: "Notes", competencies: ["NOT", "DRA", "GONE"] }],
          requirements: [
            { competency: "INT", level: 2 },
            { competency: "NOT", level: 3 },
            { competency: "DRA", level: 4 },
            { competency: "GONE", level: 1 },
          ],
        },
      ],
      successors,
      "FRAC-2021",
    );
    expect(role?.requirements).toEqual([
      { competency: "ETH", level: 2 },
      { competency: "ACC", level: 2 },
      { competency: "WRI", level: 4 },
      { competency: "FRAC-2021::GONE", level: 1 },
    ]);
    expect(role?.activities).toEqual([{ description: "Notes", competencies: ["FRAC-2021::GONE", "WRI"] }]);
  });
});

describe("passbooks carry over", () => {
  test.each([
    ["course evidence", evidence("e1", {}), 1],
    ["an institute's record", evidence("e2", { source: "INSTITUTE" }), 1],
    ["a supervisor's endorsement", evidence("e3", { source: "SUPERVISOR", awardedById: "boss" }), 1],
    ["a revoked endorsement", evidence("e4", { source: "SUPERVISOR", revokedAt: AWARDED }), 0],
    ["a self-declared level", evidence("e5", { source: "SELF" }), 0],
    ["a split competency's evidence, once per successor", evidence("e6", { competencyId: "old-integrity" }), 2],
    ["evidence on an unmapped competency", evidence("e7", { competencyId: "old-other" }), 0],
  ])("%s → %i new entries", (_label, entry, count) => {
    expect(planEvidenceCarryOver([entry], context)).toHaveLength(count);
  });

  test("the new entry keeps source, level, awarder and date, names the old entry and says where it came from", () => {
    const [carried] = planEvidenceCarryOver([evidence("e3", { source: "SUPERVISOR", level: 4, awardedById: "boss" })], context);
    expect(carried).toEqual({
      userId: "asha",
      competencyId: "new-writing",
      level: 4,
      source: "SUPERVISOR",
      evidence: "Carried over from “Noting” (FRAC-2021) when KCM-2025 replaced it: Completed Noting 101",
      evidenceRef: "e3",
      awardedById: "boss",
      awardedAt: AWARDED,
    });
  });

  test("held levels rise to the best carried level per official and new competency", () => {
    const carried = planEvidenceCarryOver(
      [evidence("a", { level: 2 }), evidence("b", { competencyId: "old-drafting", level: 4 }), evidence("c", { userId: "ravi", level: 1 })],
      context,
    );
    expect(Object.fromEntries(heldLevelsToRaise(carried))).toEqual({
      asha: [{ competencyId: "new-writing", level: 4 }],
      ravi: [{ competencyId: "new-writing", level: 1 }],
    });
  });

  test("very long evidence is shortened, not refused", () => {
    const text = carriedEvidenceText({ oldName: "Noting", oldFrameworkCode: "A", newFrameworkCode: "B", evidence: "x".repeat(5000) });
    expect(text).toHaveLength(2000);
    expect(text.endsWith("…")).toBe(true);
  });
});

describe("self-assessments and course tags carry over", () => {
  test("the latest rating stands when two old competencies merge; an existing rating is kept", () => {
    const rating = (competencyId: string, level: number, day: number, userId = "asha") => ({
      userId,
      competencyId,
      level,
      note: null,
      assessedAt: new Date(Date.UTC(2026, 0, day)),
      reviewedAt: null,
      reviewedById: null,
    });
    const carried = planSelfAssessmentCarryOver(
      [rating("old-noting", 2, 1), rating("old-drafting", 3, 5), rating("old-noting", 4, 1, "ravi")],
      context.successors,
      new Set(["ravi:new-writing"]),
    );
    expect(carried).toEqual([{ ...rating("old-drafting", 3, 5), competencyId: "new-writing" }]);
  });

  test("a course imparting both merged competencies imparts the successor at the higher level", () => {
    const tags = planCourseTagCarryOver(
      [
        { courseId: "noting-101", competencyId: "old-noting", level: 2 },
        { courseId: "noting-101", competencyId: "old-drafting", level: 3 },
        { courseId: "ethics", competencyId: "old-integrity", level: 1 },
        { courseId: "tagged", competencyId: "old-noting", level: 5 },
      ],
      context.successors,
      new Set(["tagged:new-writing"]),
    );
    expect(tags).toEqual([
      { courseId: "noting-101", competencyId: "new-writing", level: 3 },
      { courseId: "ethics", competencyId: "new-ethics", level: 1 },
      { courseId: "ethics", competencyId: "new-accountability", level: 1 },
    ]);
  });
});
