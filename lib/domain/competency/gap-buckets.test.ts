import { describe, expect, test } from "vitest";
import { rankGaps, scopeReadiness, summariseBuckets, type GapBucket } from "./gap-buckets";

// Ten officials need RTI at 3: four hold 3 (met), three hold 1, three hold nothing.
// Five need Noting at 2: all hold 2. Two need Finance at 4 and hold 2.
const buckets: GapBucket[] = [
  { competencyId: "rti", requiredLevel: 3, heldLevel: 3, officials: 4 },
  { competencyId: "rti", requiredLevel: 3, heldLevel: 1, officials: 3 },
  { competencyId: "rti", requiredLevel: 3, heldLevel: 0, officials: 3 },
  { competencyId: "noting", requiredLevel: 2, heldLevel: 2, officials: 5 },
  { competencyId: "finance", requiredLevel: 4, heldLevel: 2, officials: 2 },
  { competencyId: "finance", requiredLevel: 4, heldLevel: 0, officials: 0 },
];

describe("gap summaries from buckets", () => {
  const summaries = summariseBuckets(buckets);
  const byId = new Map(summaries.map((summary) => [summary.competencyId, summary]));

  test("RTI: 10 need it, 4 meet it, 6 levels + 9 levels = 15 missing, mean gap 1.5", () => {
    expect(byId.get("rti")).toEqual({
      competencyId: "rti",
      needing: 10,
      meeting: 4,
      withGap: 6,
      meetShare: 0.4,
      levelsMissing: 15,
      meanGap: 1.5,
      meanRequired: 3,
    });
  });

  test("a fully met competency has no gap", () => {
    expect(byId.get("noting")).toMatchObject({ needing: 5, meeting: 5, withGap: 0, meetShare: 1, meanGap: 0 });
  });

  test("empty buckets are ignored", () => {
    expect(byId.get("finance")).toMatchObject({ needing: 2, withGap: 2, levelsMissing: 4, meanGap: 2 });
  });

  test("top gaps: most levels missing first, fully met left out", () => {
    expect(rankGaps(summaries).map((summary) => summary.competencyId)).toEqual(["rti", "finance"]);
  });

  test("ties on levels missing go to the competency more officials lack", () => {
    const ranked = rankGaps([
      { competencyId: "b", levelsMissing: 6, withGap: 2 },
      { competencyId: "a", levelsMissing: 6, withGap: 6 },
      { competencyId: "c", levelsMissing: 6, withGap: 2 },
    ]);
    expect(ranked.map((row) => row.competencyId)).toEqual(["a", "b", "c"]);
  });

  test("group readiness counts every official's every requirement", () => {
    // 17 requirement rows, 9 met; levels required 30 + 10 + 8 = 48, missing 15 + 4 = 19.
    const readiness = scopeReadiness(buckets);
    expect(readiness).toMatchObject({ requirements: 17, met: 9 });
    expect(readiness.metShare).toBeCloseTo(9 / 17);
    expect(readiness.gapWeighted).toBeCloseTo(1 - 19 / 48);
  });
});
