import "server-only";
import { decidePlanAction } from "@/lib/domain/plan/plan-lifecycle";
import { db } from "@/lib/server/db";
import { lockManagedPlan, planFailure, writePlanAudit, type PlanActor, type PlanResult } from "./plan-actor";
import { assignPlanOfficials } from "./assign-plan-officials";

export type PublishPlanResult = { assignments: number; enrolments: number; supersededVersion: number | null };

/**
 * Publishes an approved version to officials, in one transaction: the version in force for the
 * year (if any) becomes SUPERSEDED, this one PUBLISHED, its assignments are recorded, and every
 * assigned official without an enrolment in an online course gets one (source PLAN, with the due
 * date) so it shows under Assigned. An enrolment an official already has — self-made, or from an
 * earlier version — keeps its progress, status, certificate and any due date: it is only linked to
 * the plan item (and given the plan's due date if it had none). Blended and face-to-face courses are
 * assigned but not enrolled: the official picks a batch, and the course waits under Assigned.
 */
export async function publishPlan(actor: PlanActor, input: { planId: string; now?: Date }): Promise<PlanResult<PublishPlanResult>> {
  const now = input.now ?? new Date();
  return db.$transaction(
    async (tx) => {
      const plan = await lockManagedPlan(tx, actor, input.planId);
      if (!plan) return planFailure("PLAN_NOT_FOUND");
      const decision = decidePlanAction({ status: plan.status, itemCount: plan._count.items, isLatestVersion: true }, "publish");
      if (!decision.ok) return decision;

      const previous = await tx.capacityBuildingPlan.findFirst({
        where: { organisationId: plan.organisationId, year: plan.year, status: "PUBLISHED" },
        select: { id: true, version: true },
      });
      // Superseded first: the partial unique index allows one PUBLISHED version per year.
      if (previous) await tx.capacityBuildingPlan.update({ where: { id: previous.id }, data: { status: "SUPERSEDED" }, select: { id: true } });
      await tx.capacityBuildingPlan.update({ where: { id: plan.id }, data: { status: "PUBLISHED", publishedAt: now }, select: { id: true } });

      const { assignments, enrolments } = await assignPlanOfficials(tx, { planId: plan.id, assignedById: actor.id, now });

      await writePlanAudit(tx, actor, {
        action: "plan.published",
        entityType: "CapacityBuildingPlan",
        entityId: plan.id,
        organisationId: plan.organisationId,
        details: { year: plan.year, version: plan.version, assignments, enrolments, supersededVersion: previous?.version ?? null },
        now,
      });
      return { ok: true as const, data: { assignments, enrolments, supersededVersion: previous?.version ?? null } };
    },
    { timeout: 120_000 },
  );
}
