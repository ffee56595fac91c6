import { describe, expect, it } from "vitest";
import { findCompetencyGaps, requiredLevels, type RoleRequirement } from "./competency-gaps";

const req = (competencyId: string, competencyName: string, requiredLevel: number): RoleRequirement => ({ competencyId, competencyName, requiredLevel });

describe("requiredLevels", () => {
  it.each<[string, RoleRequirement[], [string, number][]]>([
    ["no roles", [], []],
    ["one role", [req("rti", "RTI", 3)], [["rti", 3]]],
    ["two roles: the higher requirement wins", [req("rti", "RTI", 2), req("rti", "RTI", 4), req("rti", "RTI", 3)], [["rti", 4]]],
  ])("%s", (_name, requirements, expected) => {
    expect([...requiredLevels(requirements)].map(([id, { required }]) => [id, required])).toEqual(expected);
  });
});

describe("findCompetencyGaps", () => {
  it.each<[string, RoleRequirement[], [string, number][], [string, number, number, number][]]>([
    ["no requirements", [], [["rti", 3]], []],
    ["no evidence: current is 0", [req("rti", "RTI", 3)], [], [["rti", 3, 0, 3]]],
    ["partly met", [req("rti", "RTI", 3)], [["rti", 1]], [["rti", 3, 1, 2]]],
    ["met exactly", [req("rti", "RTI", 3)], [["rti", 3]], []],
    ["exceeded", [req("rti", "RTI", 3)], [["rti", 5]], []],
    ["the max over roles is the bar", [req("rti", "RTI", 2), req("rti", "RTI", 4)], [["rti", 3]], [["rti", 4, 3, 1]]],
    [
      "largest gap first, then by name",
      [req("c", "Citizen Centricity", 2), req("a", "Accountability", 2), req("d", "Drafting", 4), req("b", "budgeting", 2)],
      [["d", 1]],
      [
        ["d", 4, 1, 3],
        ["a", 2, 0, 2],
        ["b", 2, 0, 2],
        ["c", 2, 0, 2],
      ],
    ],
    ["same name sorts by id", [req("z", "Ethics", 1), req("y", "Ethics", 1)], [], [["y", 1, 0, 1], ["z", 1, 0, 1]]],
    ["held competencies outside the role are ignored", [req("rti", "RTI", 1)], [["ethics", 1]], [["rti", 1, 0, 1]]],
  ])("%s", (_name, requirements, current, expected) => {
    const gaps = findCompetencyGaps({ requirements, currentLevels: new Map(current) });
    expect(gaps.map((g) => [g.competencyId, g.required, g.current, g.gap])).toEqual(expected);
  });

  it("carries the name for display", () => {
    expect(findCompetencyGaps({ requirements: [req("rti", "Right to Information", 2)], currentLevels: new Map() })).toEqual([
      { competencyId: "rti", competencyName: "Right to Information", required: 2, current: 0, gap: 2 },
    ]);
  });
});
