import "server-only";
import { decidePlanAction } from "@/lib/domain/plan/plan-lifecycle";
import { hasAnyTarget, type PlanItemTargets } from "@/lib/domain/plan/plan-targets";
import { organisationScopeFilter } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { lockManagedPlan, planFailure, writePlanAudit, type PlanActor, type PlanResult } from "./plan-actor";

export type AddPlanItemInput = Omit<PlanItemTargets, "officialId"> & {
  /** A named official, by email (the admin types it); resolved inside the actor's subtree only. */
  officialEmail: string | null;
  planId: string;
  courseId: string | null;
  programmeId: string | null;
  dueAt: Date;
  countsForApar: boolean;
  now?: Date;
};

/**
 * Adds an item to a draft plan: a published course or programme, due by a date, for the officials
 * its targets name. A named official must be in the actor's subtree and in the plan's
 * organisation subtree; the role, course and programme must exist (a published one).
 */
export async function addPlanItem(actor: PlanActor, input: AddPlanItemInput): Promise<PlanResult<{ itemId: string }>> {
  const now = input.now ?? new Date();
  const targets: PlanItemTargets = { fracRoleId: input.fracRoleId, designation: input.designation, serviceGroup: input.serviceGroup, officialId: input.officialEmail };
  if ((input.courseId === null) === (input.programmeId === null) || !hasAnyTarget(targets)) return planFailure("PLAN_ITEM_INVALID");
  return db.$transaction(async (tx) => {
    const plan = await lockManagedPlan(tx, actor, input.planId);
    if (!plan) return planFailure("PLAN_NOT_FOUND");
    const decision = decidePlanAction({ status: plan.status, itemCount: plan._count.items, isLatestVersion: true }, "edit");
    if (!decision.ok) return decision;

    const [course, programme, role, official] = await Promise.all([
      input.courseId ? tx.course.findFirst({ where: { id: input.courseId, status: "PUBLISHED" }, select: { title: true } }) : null,
      input.programmeId ? tx.programme.findFirst({ where: { id: input.programmeId, status: "PUBLISHED" }, select: { title: true } }) : null,
      input.fracRoleId ? tx.fracRole.findUnique({ where: { id: input.fracRoleId }, select: { name: true } }) : null,
      input.officialEmail
        ? tx.user.findFirst({
            where: {
              AND: [
                { email: input.officialEmail.trim().toLowerCase() },
                organisationScopeFilter(actor, "manage"),
                { organisation: { ancestors: { some: { ancestorId: plan.organisationId } } } },
              ],
            },
            select: { id: true, name: true },
          })
        : null,
    ]);
    if (!course && !programme) return planFailure("PLAN_ITEM_NOT_PUBLISHED");
    if (input.fracRoleId && !role) return planFailure("PLAN_ITEM_INVALID");
    if (input.officialEmail && !official) return planFailure("PLAN_TARGET_OUTSIDE");

    const item = await tx.planItem.create({
      data: {
        planId: plan.id,
        courseId: input.courseId,
        programmeId: input.programmeId,
        fracRoleId: input.fracRoleId,
        designation: input.designation,
        serviceGroup: input.serviceGroup,
        officialId: official?.id ?? null,
        dueAt: input.dueAt,
        countsForApar: input.countsForApar,
        createdAt: now,
      },
      select: { id: true },
    });
    await writePlanAudit(tx, actor, {
      action: "plan.item_added",
      entityType: "CapacityBuildingPlan",
      entityId: plan.id,
      organisationId: plan.organisationId,
      details: {
        itemId: item.id,
        course: course?.title ?? null,
        programme: programme?.title ?? null,
        fracRole: role?.name ?? null,
        designation: input.designation,
        serviceGroup: input.serviceGroup,
        official: official?.name ?? null,
        dueAt: input.dueAt.toISOString(),
        countsForApar: input.countsForApar,
      },
      now,
    });
    return { ok: true as const, data: { itemId: item.id } };
  });
}
