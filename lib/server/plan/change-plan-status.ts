import "server-only";
import { decidePlanAction, statusAfter } from "@/lib/domain/plan/plan-lifecycle";
import { db } from "@/lib/server/db";
import { lockManagedPlan, planFailure, writePlanAudit, type PlanActor, type PlanResult } from "./plan-actor";

/**
 * Approves a draft (its items are then frozen) or sends an approved plan back to draft. Nothing
 * reaches officials until the approved plan is published (publish-plan.ts).
 */
export async function changePlanStatus(
  actor: PlanActor,
  input: { planId: string; action: "approve" | "reopen"; now?: Date },
): Promise<PlanResult<null>> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const plan = await lockManagedPlan(tx, actor, input.planId);
    if (!plan) return planFailure("PLAN_NOT_FOUND");
    const decision = decidePlanAction({ status: plan.status, itemCount: plan._count.items, isLatestVersion: true }, input.action);
    if (!decision.ok) return decision;
    await tx.capacityBuildingPlan.update({
      where: { id: plan.id },
      data:
        input.action === "approve"
          ? { status: statusAfter(plan.status, "approve"), approvedById: actor.id, approvedAt: now }
          : { status: statusAfter(plan.status, "reopen"), approvedById: null, approvedAt: null },
      select: { id: true },
    });
    await writePlanAudit(tx, actor, {
      action: input.action === "approve" ? "plan.approved" : "plan.reopened",
      entityType: "CapacityBuildingPlan",
      entityId: plan.id,
      organisationId: plan.organisationId,
      details: { year: plan.year, version: plan.version, items: plan._count.items },
      now,
    });
    return { ok: true as const, data: null };
  });
}
