import { describe, expect, it } from "vitest";
import { courseEvidence, mergeCourseIntoPassbook, type ImpartedCompetency, type LevelChange } from "./passbook";

const COURSE = { id: "course-rti", title: "Right to Information for PIOs" };

describe("mergeCourseIntoPassbook", () => {
  it.each<[string, [string, number][], ImpartedCompetency[], [string, number][], LevelChange[]]>([
    ["first evidence of a competency", [], [{ competencyId: "rti", level: 2 }], [["rti", 2]], [{ competencyId: "rti", from: null, to: 2 }]],
    ["raises a lower level", [["rti", 1]], [{ competencyId: "rti", level: 3 }], [["rti", 3]], [{ competencyId: "rti", from: 1, to: 3 }]],
    ["never lowers a higher level", [["rti", 4]], [{ competencyId: "rti", level: 2 }], [["rti", 4]], []],
    ["same level changes nothing", [["rti", 2]], [{ competencyId: "rti", level: 2 }], [["rti", 2]], []],
    [
      "several competencies, untouched ones kept",
      [["rti", 3], ["ethics", 1]],
      [
        { competencyId: "rti", level: 2 },
        { competencyId: "drafting", level: 1 },
      ],
      [["rti", 3], ["ethics", 1], ["drafting", 1]],
      [{ competencyId: "drafting", from: null, to: 1 }],
    ],
    ["duplicate competency in the course keeps the higher", [], [{ competencyId: "rti", level: 1 }, { competencyId: "rti", level: 3 }], [["rti", 3]], [{ competencyId: "rti", from: null, to: 3 }]],
    ["a course imparting nothing", [["rti", 2]], [], [["rti", 2]], []],
  ])("%s", (_name, current, competencies, levels, changes) => {
    const currentLevels = new Map(current);
    const merge = mergeCourseIntoPassbook({ currentLevels, course: COURSE, competencies });
    expect(Object.fromEntries(merge.levels)).toEqual(Object.fromEntries(levels));
    expect(merge.changes).toEqual(changes);
    // Evidence is recorded for every imparted competency, raised or not.
    expect(merge.entries.map((entry) => entry.competencyId).sort()).toEqual([...new Set(competencies.map((c) => c.competencyId))].sort());
    // The input is not mutated.
    expect([...currentLevels]).toEqual(current);
  });

  it("writes readable evidence pointing at the certificate", () => {
    const merge = mergeCourseIntoPassbook({
      currentLevels: new Map([["rti", 4]]),
      course: COURSE,
      competencies: [{ competencyId: "rti", level: 2 }],
      certificateId: "cert-1",
    });
    expect(merge.entries).toEqual([
      {
        competencyId: "rti",
        level: 2,
        source: "COURSE",
        evidence: "Completed the course “Right to Information for PIOs”, which imparts level 2 of 5.",
        evidenceRef: "cert-1",
      },
    ]);
  });

  it("falls back to the course id without a certificate", () => {
    const merge = mergeCourseIntoPassbook({ currentLevels: new Map(), course: COURSE, competencies: [{ competencyId: "rti", level: 1 }] });
    expect(merge.entries[0]?.evidenceRef).toBe("course-rti");
  });

  it.each([[0], [6], [2.5], [Number.NaN], [-1]])("rejects level %s", (level) => {
    expect(() => mergeCourseIntoPassbook({ currentLevels: new Map(), course: COURSE, competencies: [{ competencyId: "rti", level }] })).toThrow(RangeError);
  });
});

describe("courseEvidence", () => {
  it.each<[string, number, string]>([
    ["Noting and Drafting", 1, "Completed the course “Noting and Drafting”, which imparts level 1 of 5."],
    ["  Padded title ", 5, "Completed the course “Padded title”, which imparts level 5 of 5."],
    ["सूचना का अधिकार", 3, "Completed the course “सूचना का अधिकार”, which imparts level 3 of 5."],
  ])("%s level %d", (title, level, expected) => {
    expect(courseEvidence(title, level)).toBe(expected);
  });
});
