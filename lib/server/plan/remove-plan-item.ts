import "server-only";
import { decidePlanAction } from "@/lib/domain/plan/plan-lifecycle";
import { db } from "@/lib/server/db";
import { lockManagedPlan, planFailure, writePlanAudit, type PlanActor, type PlanResult } from "./plan-actor";

/** Removes an item from a draft (only drafts have no assignments or enrolments pointing at them). */
export async function removePlanItem(actor: PlanActor, input: { planId: string; itemId: string; now?: Date }): Promise<PlanResult<null>> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const plan = await lockManagedPlan(tx, actor, input.planId);
    if (!plan) return planFailure("PLAN_NOT_FOUND");
    const decision = decidePlanAction({ status: plan.status, itemCount: plan._count.items, isLatestVersion: true }, "edit");
    if (!decision.ok) return decision;
    const { count } = await tx.planItem.deleteMany({ where: { id: input.itemId, planId: plan.id } });
    if (count === 0) return planFailure("PLAN_NOT_FOUND");
    await writePlanAudit(tx, actor, {
      action: "plan.item_removed",
      entityType: "CapacityBuildingPlan",
      entityId: plan.id,
      organisationId: plan.organisationId,
      details: { itemId: input.itemId },
      now,
    });
    return { ok: true as const, data: null };
  });
}
