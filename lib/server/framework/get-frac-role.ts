import "server-only";
import { cache } from "react";
import { z } from "zod";
import type { CompetencyTypeName } from "@/lib/domain/framework/framework-document";
import { assertCan } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";

export type RoleCompetencyRef = { id: string; name: string; code: string; type: CompetencyTypeName; isActiveVersion: boolean };

export type FracRoleDetail = {
  id: string;
  code: string;
  name: string;
  description: string;
  activities: { position: number; description: string; competencies: RoleCompetencyRef[] }[];
  requirements: { competency: RoleCompetencyRef; level: number }[];
  posts: { id: string; code: string; title: string; organisationName: string | null }[];
};

const COMPETENCY = { id: true, name: true, code: true, type: true, framework: { select: { status: true } } } as const;

function ref(competency: { id: string; name: string; code: string; type: string; framework: { status: string } }): RoleCompetencyRef {
  return { id: competency.id, name: competency.name, code: competency.code, type: competency.type as CompetencyTypeName, isActiveVersion: competency.framework.status === "ACTIVE" };
}

/** A FRAC role: its activities in order with the competencies each draws on, and the level it requires of each. */
export const getFracRole = cache(async (user: Pick<CurrentUser, "grants">, id: string): Promise<FracRoleDetail | null> => {
  assertCan(user, "frac:read");
  if (!z.uuid().safeParse(id).success) return null;
  const role = await db.fracRole.findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      name: true,
      description: true,
      activities: {
        orderBy: { position: "asc" },
        select: { position: true, description: true, competencies: { select: { competency: { select: COMPETENCY } }, orderBy: { competency: { name: "asc" } } } },
      },
      competencies: { orderBy: [{ requiredLevel: "desc" }, { competency: { name: "asc" } }], select: { requiredLevel: true, competency: { select: COMPETENCY } } },
      positions: {
        orderBy: { position: { title: "asc" } },
        select: { position: { select: { id: true, code: true, title: true, organisation: { select: { name: true } } } } },
      },
    },
  });
  if (!role) return null;
  return {
    id: role.id,
    code: role.code,
    name: role.name,
    description: role.description,
    activities: role.activities.map((activity) => ({
      position: activity.position,
      description: activity.description,
      competencies: activity.competencies.map((link) => ref(link.competency)),
    })),
    requirements: role.competencies.map((requirement) => ({ competency: ref(requirement.competency), level: requirement.requiredLevel })),
    posts: role.positions.map(({ position }) => ({ id: position.id, code: position.code, title: position.title, organisationName: position.organisation?.name ?? null })),
  };
});
