import "server-only";
import { cache } from "react";
import { z } from "zod";
import { requiredStages, type ReviewStageName } from "@/lib/domain/studio/review-routing";
import type { CurrentUser } from "@/lib/domain/roles";
import { organisationWhereInScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { eligibleReviewerWhere } from "./manage-scope";

export type ReviewerAdminGroup = {
  id: string;
  name: string;
  stage: ReviewStageName;
  competencyArea: string | null;
  members: { id: string; name: string; designation: string | null }[];
};

export type ReviewerAdmin = {
  organisations: { id: string; name: string; depth: number }[];
  selected: {
    id: string;
    name: string;
    reviewStages: number | null;
    /** The stages its courses pass now, and the organisation whose setting decides it (null: the default). */
    effectiveStages: ReviewStageName[];
    decidedBy: string | null;
    groups: ReviewerAdminGroup[];
  } | null;
  eligible: { id: string; name: string; designation: string | null; organisationName: string | null }[];
  areas: string[];
};

// A ministry's subtree can run to hundreds of organisations; the picker lists the nearest first.
const ORGANISATION_LIMIT = 500;
const ELIGIBLE_LIMIT = 300;
const uuid = z.uuid();

/** Everything the reviewer-groups page needs, for the organisations the user administers only. */
export const getReviewerAdmin = cache(async (user: Pick<CurrentUser, "grants">, organisationId: string | null): Promise<ReviewerAdmin> => {
  const scope = organisationWhereInScope(user, "manage");
  const [organisations, eligible, areaRows] = await Promise.all([
    db.organisation.findMany({ where: scope, orderBy: [{ depth: "asc" }, { name: "asc" }], take: ORGANISATION_LIMIT, select: { id: true, name: true, depth: true } }),
    db.user.findMany({
      where: eligibleReviewerWhere({ id: "", grants: user.grants }),
      orderBy: { name: "asc" },
      take: ELIGIBLE_LIMIT,
      select: { id: true, name: true, designation: true, organisation: { select: { name: true } } },
    }),
    db.competency.findMany({ distinct: ["area"], orderBy: { area: "asc" }, select: { area: true } }),
  ]);
  const chosenId = organisationId && uuid.safeParse(organisationId).success ? organisationId : organisations[0]?.id;
  const selected = chosenId
    ? await db.organisation.findFirst({
        where: { AND: [{ id: chosenId }, scope] },
        select: {
          id: true,
          name: true,
          reviewStages: true,
          ancestors: { orderBy: { depth: "asc" }, select: { ancestor: { select: { id: true, name: true, reviewStages: true } } } },
          reviewerGroups: {
            orderBy: [{ stage: "asc" }, { competencyArea: "asc" }],
            select: {
              id: true,
              name: true,
              stage: true,
              competencyArea: true,
              members: { orderBy: { addedAt: "asc" }, select: { user: { select: { id: true, name: true, designation: true } } } },
            },
          },
        },
      })
    : null;
  const ancestry = selected?.ancestors.map((link) => link.ancestor) ?? [];
  return {
    organisations,
    selected: selected
      ? {
          id: selected.id,
          name: selected.name,
          reviewStages: selected.reviewStages,
          effectiveStages: requiredStages(ancestry),
          decidedBy: ancestry.find((organisation) => organisation.reviewStages !== null)?.name ?? null,
          groups: selected.reviewerGroups.map((group) => ({ ...group, members: group.members.map((member) => member.user) })),
        }
      : null,
    eligible: eligible.map((official) => ({ id: official.id, name: official.name, designation: official.designation, organisationName: official.organisation?.name ?? null })),
    areas: areaRows.map((row) => row.area),
  };
});
