// Gap reports for any group of officials, from buckets: "n officials need competency C at level
// r and hold it at level h" (h capped at r, since above the requirement is simply met). The
// database keeps these per organisation, post, designation and group, so a subtree, a ministry,
// a role, a designation or the whole government is a sum of buckets, never a recount.

export type GapBucket = {
  competencyId: string;
  requiredLevel: number;
  /** 0–requiredLevel */
  heldLevel: number;
  officials: number;
};

export type CompetencyGapSummary = {
  competencyId: string;
  /** Officials whose post requires the competency. */
  needing: number;
  meeting: number;
  withGap: number;
  /** meeting ÷ needing, 0–1 */
  meetShare: number;
  /** Levels missing summed over the officials who need it. */
  levelsMissing: number;
  /** levelsMissing ÷ needing */
  meanGap: number;
  /** Mean of the required level over the officials who need it. */
  meanRequired: number;
};

export function summariseBuckets(buckets: readonly GapBucket[]): CompetencyGapSummary[] {
  const totals = new Map<string, { needing: number; meeting: number; levelsMissing: number; levelsRequired: number }>();
  for (const bucket of buckets) {
    if (bucket.officials === 0) continue;
    const total = totals.get(bucket.competencyId) ?? { needing: 0, meeting: 0, levelsMissing: 0, levelsRequired: 0 };
    total.needing += bucket.officials;
    total.levelsRequired += bucket.officials * bucket.requiredLevel;
    const gap = Math.max(0, bucket.requiredLevel - bucket.heldLevel);
    if (gap === 0) total.meeting += bucket.officials;
    total.levelsMissing += bucket.officials * gap;
    totals.set(bucket.competencyId, total);
  }
  return [...totals].map(([competencyId, total]) => ({
    competencyId,
    needing: total.needing,
    meeting: total.meeting,
    withGap: total.needing - total.meeting,
    meetShare: total.needing === 0 ? 1 : total.meeting / total.needing,
    levelsMissing: total.levelsMissing,
    meanGap: total.needing === 0 ? 0 : total.levelsMissing / total.needing,
    meanRequired: total.needing === 0 ? 0 : total.levelsRequired / total.needing,
  }));
}

/**
 * The largest gaps first: by levels missing across the group (how much learning the group
 * needs), then by officials with a gap, then by id so the order never wavers.
 */
export function rankGaps<T extends Pick<CompetencyGapSummary, "competencyId" | "levelsMissing" | "withGap">>(summaries: readonly T[]): T[] {
  return [...summaries]
    .filter((summary) => summary.withGap > 0)
    .sort((a, b) => b.levelsMissing - a.levelsMissing || b.withGap - a.withGap || (a.competencyId < b.competencyId ? -1 : a.competencyId > b.competencyId ? 1 : 0));
}

export type ScopeReadiness = {
  /** Requirement rows (official × competency) in the group. */
  requirements: number;
  met: number;
  metShare: number;
  gapWeighted: number;
};

/** Readiness of a whole group, counted over every official's every requirement. */
export function scopeReadiness(buckets: readonly GapBucket[]): ScopeReadiness {
  let requirements = 0;
  let met = 0;
  let levelsRequired = 0;
  let levelsMissing = 0;
  for (const bucket of buckets) {
    requirements += bucket.officials;
    levelsRequired += bucket.officials * bucket.requiredLevel;
    const gap = Math.max(0, bucket.requiredLevel - bucket.heldLevel);
    if (gap === 0) met += bucket.officials;
    levelsMissing += bucket.officials * gap;
  }
  return {
    requirements,
    met,
    metShare: requirements === 0 ? 1 : met / requirements,
    gapWeighted: levelsRequired === 0 ? 1 : 1 - levelsMissing / levelsRequired,
  };
}
