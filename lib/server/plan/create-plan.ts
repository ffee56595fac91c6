import "server-only";
import { financialYearLabel } from "@/lib/domain/plan/plan-lifecycle";
import { Prisma } from "@/lib/generated/prisma/client";
import { isOrganisationInScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { planFailure, writePlanAudit, type PlanActor, type PlanResult } from "./plan-actor";

/**
 * Starts an organisation's plan for a year as version 1, a draft. The organisation must lie in
 * the actor's subtree ("manage"); a second plan for the same organisation and year is refused by
 * the unique (organisation, year, version) key, not by a read before the write.
 */
export async function createPlan(
  actor: PlanActor,
  input: { organisationId: string; year: number; now?: Date },
): Promise<PlanResult<{ planId: string }>> {
  const now = input.now ?? new Date();
  if (!(await isOrganisationInScope(actor, input.organisationId, "manage"))) return planFailure("PLAN_NOT_FOUND");
  try {
    return await db.$transaction(async (tx) => {
      const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: input.organisationId }, select: { name: true } });
      const plan = await tx.capacityBuildingPlan.create({
        data: {
          organisationId: input.organisationId,
          year: input.year,
          version: 1,
          title: `Annual Capacity Building Plan ${financialYearLabel(input.year)}: ${organisation.name}`,
          createdById: actor.id,
          createdAt: now,
        },
        select: { id: true },
      });
      await writePlanAudit(tx, actor, {
        action: "plan.created",
        entityType: "CapacityBuildingPlan",
        entityId: plan.id,
        organisationId: input.organisationId,
        details: { year: input.year, version: 1 },
        now,
      });
      return { ok: true as const, data: { planId: plan.id } };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return planFailure("PLAN_EXISTS");
    throw error;
  }
}
