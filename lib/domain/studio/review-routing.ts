// Where a submitted course version goes for review: which stages the course's organisation
// requires, which competency area the course belongs to, and which reviewer group takes each
// stage. Pure rules over rows the server loads (lib/server/studio/review/route-stage.ts).

export const REVIEW_STAGES = ["SUBJECT_EXPERT", "MDO_APPROVAL"] as const;
export type ReviewStageName = (typeof REVIEW_STAGES)[number];

export const REVIEW_STAGE_LABELS: Record<ReviewStageName, string> = {
  SUBJECT_EXPERT: "Subject-expert review",
  MDO_APPROVAL: "MDO approval",
};

/** Organisations from the course's own up to the root, nearest first. */
export type OrganisationAncestry = readonly { id: string; reviewStages: number | null }[];

/** When no organisation up the tree says otherwise, one MDO approval suffices. */
export const DEFAULT_REVIEW_STAGES = 1;

/** The stages a course must pass, in order: set by the nearest organisation up its tree that sets them. */
export function requiredStages(ancestry: OrganisationAncestry): ReviewStageName[] {
  const setting = ancestry.find((organisation) => organisation.reviewStages !== null)?.reviewStages ?? DEFAULT_REVIEW_STAGES;
  return setting === 2 ? ["SUBJECT_EXPERT", "MDO_APPROVAL"] : ["MDO_APPROVAL"];
}

/**
 * The required stage that comes after `current` in the fixed order (subject expert, then MDO
 * approval), or null when none is left. Measured by the fixed order rather than by position in
 * `stages`, so a setting changed from two stages to one while a subject expert is deciding still
 * leaves the MDO approval to come — never a publish without it.
 */
export function nextStage(stages: readonly ReviewStageName[], current: ReviewStageName): ReviewStageName | null {
  const after = REVIEW_STAGES.indexOf(current);
  return REVIEW_STAGES.find((stage, index) => index > after && stages.includes(stage)) ?? null;
}

export type TaggedCompetency = { area: string; level: number };

/**
 * The competency area a course belongs to: the area whose tagged competencies weigh most, each
 * counting its level (a level-4 competency says more about a course than a level-1 one). Ties go
 * to the area first in alphabetical order, so routing never depends on tagging order.
 */
export function courseCompetencyArea(competencies: readonly TaggedCompetency[]): string | null {
  const weights = new Map<string, number>();
  for (const competency of competencies) weights.set(competency.area, (weights.get(competency.area) ?? 0) + competency.level);
  let best: { area: string; weight: number } | null = null;
  for (const [area, weight] of weights) {
    if (!best || weight > best.weight || (weight === best.weight && area.localeCompare(best.area, "en") < 0)) best = { area, weight };
  }
  return best?.area ?? null;
}

export type ReviewerGroupCandidate = { id: string; organisationId: string; stage: ReviewStageName; competencyArea: string | null };

/**
 * The group that reviews a stage: walking up from the course's organisation, the first
 * organisation with a group able to take it decides — its group for the course's area, else its
 * catch-all group (no area). A group for another area cannot review this course, so an
 * organisation holding only such groups is passed over rather than stranding the submission.
 * Null when nobody up the tree can take the stage.
 */
export function routeReviewGroup<G extends ReviewerGroupCandidate>(input: {
  stage: ReviewStageName;
  ancestry: OrganisationAncestry;
  area: string | null;
  groups: readonly G[];
}): G | null {
  for (const organisation of input.ancestry) {
    const here = input.groups.filter((group) => group.organisationId === organisation.id && group.stage === input.stage);
    const forArea = input.area === null ? undefined : here.find((group) => group.competencyArea === input.area);
    const catchAll = here.find((group) => group.competencyArea === null);
    const chosen = forArea ?? catchAll;
    if (chosen) return chosen;
  }
  return null;
}
