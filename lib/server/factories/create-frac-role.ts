import "server-only";
import type { FracRole } from "../../generated/prisma/client";
import { inTransaction, type FactoryClient } from "./factory-client";
import { newId } from "./new-id";
import { uniqueSuffix } from "./unique-suffix";

export type CreateFracRoleInput = {
  code?: string;
  name?: string;
  description?: string;
  /** In order; each activity lists the competencies it draws on. */
  activities?: { description: string; competencyIds: string[] }[];
  /** The level (1–5) the role requires of each competency. */
  requirements?: { competencyId: string; requiredLevel: number }[];
};

/**
 * Creates or updates a FRAC role by code. Its activities and required levels are replaced as a
 * whole, so a re-run reflects the source data exactly; nothing else references activities.
 */
export async function createFracRole(prisma: FactoryClient, input: CreateFracRoleInput = {}): Promise<FracRole> {
  const suffix = uniqueSuffix();
  const code = input.code ?? `ROLE-${suffix}`;
  const fields = {
    name: input.name ?? `Test role ${suffix}`,
    description: input.description ?? "A role created for a test.",
  };
  const activities = (input.activities ?? []).map((activity, index) => ({ id: newId(), position: index + 1, ...activity }));

  return inTransaction(prisma, async (tx) => {
    const role = await tx.fracRole.upsert({ where: { code }, create: { code, ...fields }, update: fields });
    await tx.fracActivity.deleteMany({ where: { roleId: role.id } });
    await tx.fracActivity.createMany({
      data: activities.map(({ id, position, description }) => ({ id, roleId: role.id, position, description })),
    });
    await tx.activityCompetency.createMany({
      data: activities.flatMap((activity) =>
        [...new Set(activity.competencyIds)].map((competencyId) => ({ activityId: activity.id, competencyId })),
      ),
    });
    await tx.roleCompetency.deleteMany({ where: { roleId: role.id } });
    await tx.roleCompetency.createMany({
      data: (input.requirements ?? []).map((requirement) => ({ roleId: role.id, ...requirement })),
    });
    return role;
  });
}
