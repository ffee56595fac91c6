import { describe, expect, test } from "vitest";
import { assessRequirements, readinessOf, strictestRequirements } from "./requirement-status";

describe("one official against their requirements", () => {
  // A Section Officer (Establishment) who is also the PIO: RTI is required at 2 by one role and 3
  // by the other, so 3 applies.
  const required = strictestRequirements([
    { competencyId: "hr", requiredLevel: 3 },
    { competencyId: "rti", requiredLevel: 2 },
    { competencyId: "rti", requiredLevel: 3 },
    { competencyId: "noting", requiredLevel: 2 },
  ]);
  const held = new Map([
    ["hr", 1],
    ["rti", 3],
    ["noting", 4],
    ["leadership", 5],
  ]);

  test("the strictest role sets the level", () => {
    expect(Object.fromEntries(required)).toEqual({ hr: 3, rti: 3, noting: 2 });
  });

  test("gap = max(0, required − held); more than required is simply met", () => {
    expect(assessRequirements(required, held)).toEqual([
      { competencyId: "hr", required: 3, held: 1, gap: 2, isMet: false },
      { competencyId: "rti", required: 3, held: 3, gap: 0, isMet: true },
      { competencyId: "noting", required: 2, held: 4, gap: 0, isMet: true },
    ]);
  });

  test("readiness: 2 of 3 requirements met; 2 of 8 levels missing", () => {
    const readiness = readinessOf(assessRequirements(required, held));
    expect(readiness).toMatchObject({ requirements: 3, met: 2, levelsRequired: 8, levelsMissing: 2 });
    expect(readiness.metShare).toBeCloseTo(2 / 3);
    expect(readiness.gapWeighted).toBeCloseTo(0.75);
  });

  test("an official with nothing held is 0 ready; a post that requires nothing is fully ready", () => {
    expect(readinessOf(assessRequirements(required, new Map()))).toMatchObject({ met: 0, metShare: 0, gapWeighted: 0 });
    expect(readinessOf([])).toMatchObject({ requirements: 0, metShare: 1, gapWeighted: 1 });
  });
});
