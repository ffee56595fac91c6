// One official against what their FRAC roles require: per competency required, held and gap,
// and how ready they are for the post overall.

export type Requirement = { competencyId: string; requiredLevel: number };

export type RequirementStatus = {
  competencyId: string;
  required: number;
  held: number;
  /** max(0, required − held) */
  gap: number;
  isMet: boolean;
};

export type Readiness = {
  requirements: number;
  met: number;
  /** Share of requirements met, 0–1; 1 when nothing is required. */
  metShare: number;
  /** 1 − (levels missing ÷ levels required), 0–1: a near miss counts for more than a wide one. */
  gapWeighted: number;
  levelsRequired: number;
  levelsMissing: number;
};

/** Per competency, the most demanding requirement among the roles (a post may carry several). */
export function strictestRequirements(requirements: readonly Requirement[]): Map<string, number> {
  const strictest = new Map<string, number>();
  for (const { competencyId, requiredLevel } of requirements) {
    if (requiredLevel > (strictest.get(competencyId) ?? 0)) strictest.set(competencyId, requiredLevel);
  }
  return strictest;
}

export function assessRequirements(required: ReadonlyMap<string, number>, held: ReadonlyMap<string, number>): RequirementStatus[] {
  return [...required].map(([competencyId, requiredLevel]) => {
    const heldLevel = held.get(competencyId) ?? 0;
    const gap = Math.max(0, requiredLevel - heldLevel);
    return { competencyId, required: requiredLevel, held: heldLevel, gap, isMet: gap === 0 };
  });
}

export function readinessOf(statuses: readonly Pick<RequirementStatus, "required" | "gap">[]): Readiness {
  const requirements = statuses.length;
  const met = statuses.filter((status) => status.gap === 0).length;
  const levelsRequired = statuses.reduce((sum, status) => sum + status.required, 0);
  const levelsMissing = statuses.reduce((sum, status) => sum + status.gap, 0);
  return {
    requirements,
    met,
    metShare: requirements === 0 ? 1 : met / requirements,
    gapWeighted: levelsRequired === 0 ? 1 : 1 - levelsMissing / levelsRequired,
    levelsRequired,
    levelsMissing,
  };
}
