import { describe, expect, test } from "vitest";
import {
  courseCompetencyArea,
  nextStage,
  requiredStages,
  routeReviewGroup,
  type OrganisationAncestry,
  type ReviewerGroupCandidate,
  type ReviewStageName,
} from "@/lib/domain/studio/review-routing";

// A hand-worked tree:
//   ministry (2 stages)
//   └── department (no setting)
//       └── institute (no setting)   ← the course's organisation
//   other ministry (1 stage)
const institute = { id: "institute", reviewStages: null };
const department = { id: "department", reviewStages: null };
const ministry = { id: "ministry", reviewStages: 2 };
const CHAIN: OrganisationAncestry = [institute, department, ministry];

describe("requiredStages", () => {
  test.each<[string, OrganisationAncestry, ReviewStageName[]]>([
    ["nobody sets it: one MDO approval", [institute, department, { id: "ministry", reviewStages: null }], ["MDO_APPROVAL"]],
    ["the ministry sets two", CHAIN, ["SUBJECT_EXPERT", "MDO_APPROVAL"]],
    ["the nearest setting wins over the ministry's", [institute, { id: "department", reviewStages: 1 }, ministry], ["MDO_APPROVAL"]],
    ["the course's own organisation decides first", [{ id: "institute", reviewStages: 2 }, { id: "department", reviewStages: 1 }], ["SUBJECT_EXPERT", "MDO_APPROVAL"]],
    ["no organisation at all", [], ["MDO_APPROVAL"]],
  ])("%s", (_name, ancestry, stages) => {
    expect(requiredStages(ancestry)).toEqual(stages);
  });
});

describe("nextStage", () => {
  test.each<[ReviewStageName[], ReviewStageName, ReviewStageName | null]>([
    [["SUBJECT_EXPERT", "MDO_APPROVAL"], "SUBJECT_EXPERT", "MDO_APPROVAL"],
    [["SUBJECT_EXPERT", "MDO_APPROVAL"], "MDO_APPROVAL", null],
    [["MDO_APPROVAL"], "MDO_APPROVAL", null],
    // The setting went from two stages to one mid-review: the MDO approval still follows.
    [["MDO_APPROVAL"], "SUBJECT_EXPERT", "MDO_APPROVAL"],
  ])("after %j at %s comes %s", (stages, current, next) => {
    expect(nextStage(stages, current)).toBe(next);
  });
});

describe("courseCompetencyArea", () => {
  test.each<[string, { area: string; level: number }[], string | null]>([
    ["no competencies", [], null],
    ["one competency", [{ area: "Finance", level: 2 }], "Finance"],
    ["levels weigh, not counts", [{ area: "Finance", level: 1 }, { area: "Finance", level: 1 }, { area: "Ethics", level: 3 }], "Ethics"],
    ["levels add up within an area", [{ area: "Finance", level: 2 }, { area: "Finance", level: 2 }, { area: "Ethics", level: 3 }], "Finance"],
    ["a tie goes to the area first by name", [{ area: "Governance", level: 3 }, { area: "Digital", level: 3 }], "Digital"],
    ["tagging order does not matter", [{ area: "Digital", level: 3 }, { area: "Governance", level: 3 }], "Digital"],
  ])("%s", (_name, competencies, area) => {
    expect(courseCompetencyArea(competencies)).toBe(area);
  });
});

describe("routeReviewGroup", () => {
  const group = (id: string, organisationId: string, stage: ReviewStageName, competencyArea: string | null): ReviewerGroupCandidate => ({
    id,
    organisationId,
    stage,
    competencyArea,
  });
  const groups = [
    group("ministry-expert-any", "ministry", "SUBJECT_EXPERT", null),
    group("ministry-expert-finance", "ministry", "SUBJECT_EXPERT", "Finance"),
    group("ministry-mdo", "ministry", "MDO_APPROVAL", null),
    group("department-expert-digital", "department", "SUBJECT_EXPERT", "Digital"),
    group("other-ministry-mdo", "other-ministry", "MDO_APPROVAL", null),
  ];

  test.each<[string, ReviewStageName, string | null, OrganisationAncestry, readonly ReviewerGroupCandidate[], string | null]>([
    ["the area's group beats the catch-all", "SUBJECT_EXPERT", "Finance", CHAIN, groups, "ministry-expert-finance"],
    ["no group for the area: the catch-all", "SUBJECT_EXPERT", "Ethics", CHAIN, groups, "ministry-expert-any"],
    ["a course without competencies: the catch-all", "SUBJECT_EXPERT", null, CHAIN, groups, "ministry-expert-any"],
    ["the nearest organisation's area group wins over a farther one", "SUBJECT_EXPERT", "Digital", CHAIN, groups, "department-expert-digital"],
    ["a nearer group for another area is passed over", "SUBJECT_EXPERT", "Finance", CHAIN, groups, "ministry-expert-finance"],
    ["the stage must match", "MDO_APPROVAL", "Finance", CHAIN, groups, "ministry-mdo"],
    ["another ministry's group is never chosen", "MDO_APPROVAL", null, [institute, department], groups, null],
    [
      "a nearer catch-all beats a farther area group",
      "SUBJECT_EXPERT",
      "Finance",
      CHAIN,
      [...groups, group("department-expert-any", "department", "SUBJECT_EXPERT", null)],
      "department-expert-any",
    ],
    ["nobody can take it", "SUBJECT_EXPERT", "Finance", CHAIN, [], null],
  ])("%s", (_name, stage, area, ancestry, candidates, expected) => {
    expect(routeReviewGroup({ stage, area, ancestry, groups: candidates })?.id ?? null).toBe(expected);
  });
});
