import "server-only";
import { db } from "@/lib/server/db";
import { assignPlanOfficials } from "./assign-plan-officials";
import { lockManagedPlan, planFailure, writePlanAudit, type PlanActor, type PlanResult } from "./plan-actor";

/**
 * Applies the version in force to officials who have come to match it since publication (joined,
 * transferred in, given a post with the role). Nothing already assigned or enrolled changes.
 */
export async function assignPlanNewcomers(actor: PlanActor, input: { planId: string; now?: Date }): Promise<PlanResult<{ assignments: number; enrolments: number }>> {
  const now = input.now ?? new Date();
  return db.$transaction(
    async (tx) => {
      const plan = await lockManagedPlan(tx, actor, input.planId);
      if (!plan) return planFailure("PLAN_NOT_FOUND");
      if (plan.status !== "PUBLISHED") return planFailure("PLAN_NOT_PUBLISHED");
      const result = await assignPlanOfficials(tx, { planId: plan.id, assignedById: actor.id, now });
      await writePlanAudit(tx, actor, {
        action: "plan.newcomers_assigned",
        entityType: "CapacityBuildingPlan",
        entityId: plan.id,
        organisationId: plan.organisationId,
        details: { year: plan.year, version: plan.version, ...result },
        now,
      });
      return { ok: true as const, data: result };
    },
    { timeout: 120_000 },
  );
}
