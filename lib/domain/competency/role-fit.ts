// Right person, right role: how well officials' held levels meet a post's requirements.

import { assessRequirements, readinessOf, type RequirementStatus } from "./requirement-status";

export type FitCandidate = { id: string; held: ReadonlyMap<string, number> };

export type RoleFit = {
  officialId: string;
  /** Gap-weighted readiness for the post, 0–1. */
  score: number;
  met: number;
  requirements: number;
  /** Requirements not met, largest gap first. */
  missing: RequirementStatus[];
};

export function fitFor(required: ReadonlyMap<string, number>, candidate: FitCandidate): RoleFit {
  const statuses = assessRequirements(required, candidate.held);
  const readiness = readinessOf(statuses);
  return {
    officialId: candidate.id,
    score: readiness.gapWeighted,
    met: readiness.met,
    requirements: readiness.requirements,
    missing: statuses
      .filter((status) => !status.isMet)
      .sort((a, b) => b.gap - a.gap || (a.competencyId < b.competencyId ? -1 : a.competencyId > b.competencyId ? 1 : 0)),
  };
}

/** Best fit first: score, then requirements fully met, then id (stable across pages). */
export function rankByFit(required: ReadonlyMap<string, number>, candidates: readonly FitCandidate[]): RoleFit[] {
  return candidates
    .map((candidate) => fitFor(required, candidate))
    .sort((a, b) => b.score - a.score || b.met - a.met || (a.officialId < b.officialId ? -1 : a.officialId > b.officialId ? 1 : 0));
}
