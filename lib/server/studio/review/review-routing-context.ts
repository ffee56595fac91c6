import "server-only";
import {
  REVIEW_STAGE_LABELS,
  courseCompetencyArea,
  requiredStages,
  routeReviewGroup,
  type ReviewStageName,
} from "@/lib/domain/studio/review-routing";
import { StudioError } from "@/lib/domain/studio/studio-error";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export type ReviewRoutingContext = {
  organisationId: string | null;
  ancestry: { id: string; reviewStages: number | null }[];
  stages: ReviewStageName[];
  area: string | null;
};

/**
 * What routing needs about one course version: the course's organisation (the provider's when the
 * course names none) and its ancestors nearest first, the stages they require, and the area of the
 * competencies this version tags (the version under review, not the live course).
 */
export async function loadRoutingContext(
  tx: Tx,
  input: { courseOrganisationId: string | null; providerOrganisationId: string | null; competencies: { competencyId: string; level: number }[] },
): Promise<ReviewRoutingContext> {
  const organisationId = input.courseOrganisationId ?? input.providerOrganisationId;
  const [links, competencies] = await Promise.all([
    organisationId
      ? tx.organisationClosure.findMany({
          where: { descendantId: organisationId },
          orderBy: { depth: "asc" },
          select: { ancestor: { select: { id: true, reviewStages: true } } },
        })
      : Promise.resolve([]),
    tx.competency.findMany({
      where: { id: { in: input.competencies.map((competency) => competency.competencyId) } },
      select: { id: true, area: true },
    }),
  ]);
  const ancestry = links.map((link) => link.ancestor);
  const areaById = new Map(competencies.map((competency) => [competency.id, competency.area]));
  const tagged = input.competencies.flatMap(({ competencyId, level }) => {
    const area = areaById.get(competencyId);
    return area === undefined ? [] : [{ area, level }];
  });
  return { organisationId, ancestry, stages: requiredStages(ancestry), area: courseCompetencyArea(tagged) };
}

/** The reviewer group for a stage, or a refusal naming the stage nobody can take. */
export async function findStageGroup(tx: Tx, context: ReviewRoutingContext, stage: ReviewStageName): Promise<{ id: string; name: string }> {
  const groups = await tx.reviewerGroup.findMany({
    where: { organisationId: { in: context.ancestry.map((organisation) => organisation.id) }, stage },
    select: { id: true, name: true, organisationId: true, stage: true, competencyArea: true },
  });
  const group = routeReviewGroup({ stage, ancestry: context.ancestry, area: context.area, groups });
  if (!group) {
    throw new StudioError(
      "NO_REVIEWER_GROUP",
      `No reviewer group takes the ${stage === "MDO_APPROVAL" ? REVIEW_STAGE_LABELS[stage] : REVIEW_STAGE_LABELS[stage].toLowerCase()} stage for this course's organisation yet. Ask its MDO admin to set one up.`,
    );
  }
  return { id: group.id, name: group.name };
}
