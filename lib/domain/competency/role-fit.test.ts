import { describe, expect, test } from "vitest";
import { fitFor, rankByFit } from "./role-fit";

// A Drawing and Disbursing Officer's post: Finance 3, Integrity 4, Accountability 3 (10 levels).
const required = new Map([
  ["finance", 3],
  ["integrity", 4],
  ["accountability", 3],
]);

describe("role fit", () => {
  test("hand-worked: one level short in integrity → 9 of 10 levels, 2 of 3 met", () => {
    const fit = fitFor(required, { id: "a", held: new Map([["finance", 3], ["integrity", 3], ["accountability", 5]]) });
    expect(fit).toMatchObject({ officialId: "a", met: 2, requirements: 3 });
    expect(fit.score).toBeCloseTo(0.9);
    expect(fit.missing).toEqual([{ competencyId: "integrity", required: 4, held: 3, gap: 1, isMet: false }]);
  });

  test("ranking: score first, then requirements met, then id", () => {
    const ranked = rankByFit(required, [
      { id: "none", held: new Map() },
      { id: "near", held: new Map([["finance", 3], ["integrity", 3], ["accountability", 3]]) },
      // Same 9/10 as "near" but only one requirement fully met.
      { id: "spread", held: new Map([["finance", 2], ["integrity", 4], ["accountability", 3]]) },
      { id: "full", held: new Map([["finance", 4], ["integrity", 4], ["accountability", 3]]) },
      { id: "b-near", held: new Map([["finance", 3], ["integrity", 3], ["accountability", 3]]) },
    ]);
    expect(ranked.map((fit) => [fit.officialId, Number(fit.score.toFixed(2)), fit.met])).toEqual([
      ["full", 1, 3],
      ["b-near", 0.9, 2],
      ["near", 0.9, 2],
      ["spread", 0.9, 2],
      ["none", 0, 0],
    ]);
  });

  test("missing competencies: largest gap first", () => {
    const fit = fitFor(required, { id: "x", held: new Map([["finance", 2]]) });
    expect(fit.missing.map((row) => [row.competencyId, row.gap])).toEqual([
      ["integrity", 4],
      ["accountability", 3],
      ["finance", 1],
    ]);
  });
});
