// The gap between what an official's FRAC roles require and what their passbook shows.

export type RoleRequirement = {
  competencyId: string;
  competencyName: string;
  requiredLevel: number;
};

export type CompetencyGap = {
  competencyId: string;
  competencyName: string;
  required: number;
  /** 0 when the official has no evidence of the competency yet. */
  current: number;
  gap: number;
};

const NAME_ORDER = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/**
 * The highest level each competency is required at. An official whose position carries several
 * roles needs to meet the most demanding of them: a DDO who is also a PIO needs RTI at the PIO's level.
 */
export function requiredLevels(requirements: readonly RoleRequirement[]): Map<string, { competencyName: string; required: number }> {
  const levels = new Map<string, { competencyName: string; required: number }>();
  for (const { competencyId, competencyName, requiredLevel } of requirements) {
    const existing = levels.get(competencyId);
    if (!existing || requiredLevel > existing.required) levels.set(competencyId, { competencyName, required: requiredLevel });
  }
  return levels;
}

/**
 * Competencies where the current level is below the requirement, largest gap first, then by name
 * (then id, so equal names still sort the same way every time). Met requirements are left out.
 */
export function findCompetencyGaps(options: {
  requirements: readonly RoleRequirement[];
  currentLevels: ReadonlyMap<string, number>;
}): CompetencyGap[] {
  const gaps: CompetencyGap[] = [];
  for (const [competencyId, { competencyName, required }] of requiredLevels(options.requirements)) {
    const current = options.currentLevels.get(competencyId) ?? 0;
    if (current < required) gaps.push({ competencyId, competencyName, required, current, gap: required - current });
  }
  return gaps.sort(
    (a, b) =>
      b.gap - a.gap ||
      NAME_ORDER.compare(a.competencyName, b.competencyName) ||
      compareIds(a.competencyId, b.competencyId),
  );
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
