import "server-only";
import { decidePlanAction } from "@/lib/domain/plan/plan-lifecycle";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { lockManagedPlan, planFailure, writePlanAudit, type PlanActor, type PlanResult } from "./plan-actor";

/**
 * Opens version N+1 of a published plan as a draft copy of its items. The published version stays
 * in force, untouched, until N+1 is approved and published. Two admins opening it at once both
 * compute N+1: the unique (organisation, year, version) key lets one through.
 */
export async function openPlanVersion(actor: PlanActor, input: { planId: string; now?: Date }): Promise<PlanResult<{ planId: string }>> {
  const now = input.now ?? new Date();
  try {
    return await db.$transaction(async (tx) => {
      const plan = await lockManagedPlan(tx, actor, input.planId);
      if (!plan) return planFailure("PLAN_NOT_FOUND");
      const latest = await tx.capacityBuildingPlan.aggregate({
        where: { organisationId: plan.organisationId, year: plan.year },
        _max: { version: true },
      });
      const decision = decidePlanAction(
        { status: plan.status, itemCount: plan._count.items, isLatestVersion: latest._max.version === plan.version },
        "new-version",
      );
      if (!decision.ok) return decision;

      const next = await tx.capacityBuildingPlan.create({
        data: { organisationId: plan.organisationId, year: plan.year, version: plan.version + 1, title: plan.title, createdById: actor.id, createdAt: now },
        select: { id: true },
      });
      const items = await tx.planItem.findMany({
        where: { planId: plan.id },
        select: { courseId: true, programmeId: true, fracRoleId: true, designation: true, serviceGroup: true, officialId: true, dueAt: true, countsForApar: true },
      });
      await tx.planItem.createMany({ data: items.map((item) => ({ ...item, planId: next.id, createdAt: now })) });
      await writePlanAudit(tx, actor, {
        action: "plan.version_opened",
        entityType: "CapacityBuildingPlan",
        entityId: next.id,
        organisationId: plan.organisationId,
        details: { year: plan.year, version: plan.version + 1, from: plan.id },
        now,
      });
      return { ok: true as const, data: { planId: next.id } };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return planFailure("PLAN_VERSION_NOT_LATEST");
    throw error;
  }
}
