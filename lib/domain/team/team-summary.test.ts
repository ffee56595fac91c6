import { describe, expect, test } from "vitest";
import { compareTeamMembers, summariseTeam, summariseTeamMember, type TeamEnrolment, type TeamMemberSummary } from "./team-summary";

const NOW = new Date("2026-11-30T06:00:00Z");
const PAST = new Date("2026-11-01T00:00:00Z");
const FUTURE = new Date("2026-12-31T00:00:00Z");

// An Assistant Commissioner, GST Audit: GST required at 3 (2 by one role, 3 by another), Integrity at 4, Noting at 2.
const REQUIREMENTS = [
  { competencyId: "gst", requiredLevel: 2 },
  { competencyId: "gst", requiredLevel: 3 },
  { competencyId: "integrity", requiredLevel: 4 },
  { competencyId: "noting", requiredLevel: 2 },
];

function summary(held: [string, number][], enrolments: TeamEnrolment[] = [], pending = 0): TeamMemberSummary {
  return summariseTeamMember({ requirements: REQUIREMENTS, held: new Map(held), enrolments, pendingSelfAssessments: pending, now: NOW });
}

describe("one reportee's readiness for their post", () => {
  test.each<[string, [string, number][], { met: number; gapCount: number; levelsMissing: number; metPercent: number; gapWeightedPercent: number }]>([
    ["nothing held", [], { met: 0, gapCount: 3, levelsMissing: 9, metPercent: 0, gapWeightedPercent: 0 }],
    ["the strictest role sets the bar: GST 2 is short of 3", [["gst", 2], ["noting", 2]], { met: 1, gapCount: 2, levelsMissing: 5, metPercent: 33, gapWeightedPercent: 44 }],
    ["above the requirement counts as met, not as extra", [["gst", 5], ["integrity", 4], ["noting", 3]], { met: 3, gapCount: 0, levelsMissing: 0, metPercent: 100, gapWeightedPercent: 100 }],
    ["competencies the post does not require change nothing", [["leadership", 5]], { met: 0, gapCount: 3, levelsMissing: 9, metPercent: 0, gapWeightedPercent: 0 }],
  ])("%s", (_name, held, expected) => {
    const result = summary(held);
    expect(result.hasRequirements).toBe(true);
    expect(result.readiness.met).toBe(expected.met);
    expect(result.gapCount).toBe(expected.gapCount);
    expect(result.readiness.levelsRequired).toBe(9);
    expect(result.readiness.levelsMissing).toBe(expected.levelsMissing);
    expect(Math.round(result.readiness.metShare * 100)).toBe(expected.metPercent);
    expect(Math.round(result.readiness.gapWeighted * 100)).toBe(expected.gapWeightedPercent);
  });

  test("without a post there is nothing to be ready for", () => {
    const result = summariseTeamMember({ requirements: [], held: new Map([["gst", 3]]), enrolments: [], pendingSelfAssessments: 0, now: NOW });
    expect(result).toMatchObject({ hasRequirements: false, gapCount: 0 });
  });
});

describe("courses", () => {
  test.each<[string, TeamEnrolment[], [number, number, number]]>([
    ["none", [], [0, 0, 0]],
    [
      "enrolled and started both count as in progress; completed apart",
      [
        { status: "ENROLLED", source: "SELF", dueAt: null },
        { status: "IN_PROGRESS", source: "SELF", dueAt: null },
        { status: "COMPLETED", source: "SELF", dueAt: null },
      ],
      [2, 1, 0],
    ],
    [
      "overdue counts only assigned or plan courses still open past their date",
      [
        { status: "IN_PROGRESS", source: "PLAN", dueAt: PAST },
        { status: "ENROLLED", source: "ASSIGNED", dueAt: PAST },
        { status: "IN_PROGRESS", source: "SELF", dueAt: PAST },
        { status: "IN_PROGRESS", source: "PLAN", dueAt: FUTURE },
        { status: "COMPLETED", source: "PLAN", dueAt: PAST },
        { status: "WITHDRAWN", source: "PLAN", dueAt: PAST },
      ],
      [4, 1, 2],
    ],
  ])("%s", (_name, enrolments, [inProgress, completed, overdue]) => {
    const result = summary([], enrolments);
    expect([result.coursesInProgress, result.coursesCompleted, result.overdueAssignedCourses]).toEqual([inProgress, completed, overdue]);
  });
});

describe("the whole team", () => {
  test("totals: pending reviews add up; readiness weighs every level required across the team", () => {
    const members = [summary([["gst", 3], ["integrity", 4], ["noting", 2]], [], 1), summary([], [], 2), summary([["gst", 3]])];
    expect(summariseTeam(members)).toEqual({
      reportees: 3,
      pendingSelfAssessments: 3,
      withGaps: 2,
      // 27 levels required; 0 + 9 + 6 missing.
      gapWeighted: 1 - 15 / 27,
      levelsRequired: 27,
      levelsMissing: 15,
    });
  });

  test("an empty team, or one where nobody has a post, is not shown as unready", () => {
    expect(summariseTeam([])).toEqual({ reportees: 0, pendingSelfAssessments: 0, withGaps: 0, gapWeighted: 1, levelsRequired: 0, levelsMissing: 0 });
  });

  test("order: most self-assessments waiting first, then by name", () => {
    const member = (id: string, name: string, pending: number) => ({ id, name, summary: { pendingSelfAssessments: pending } });
    const sorted = [member("1", "Sourav Sangma", 0), member("2", "ritu Qureshi", 0), member("3", "Priya Raghavan", 1), member("4", "Anil", 2)].sort(
      compareTeamMembers,
    );
    expect(sorted.map((m) => m.name)).toEqual(["Anil", "Priya Raghavan", "ritu Qureshi", "Sourav Sangma"]);
  });
});
