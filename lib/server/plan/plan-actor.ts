import "server-only";
import type { CurrentUser } from "@/lib/domain/roles";
import { PLAN_ERROR_MESSAGES, type PlanErrorCode } from "@/lib/domain/plan/plan-lifecycle";
import type { Prisma } from "@/lib/generated/prisma/client";
import { organisationWhereInScope } from "@/lib/server/auth/scope";

/** The signed-in admin acting on a plan, with the address the request came from (for the audit). */
export type PlanActor = Pick<CurrentUser, "id" | "grants"> & { ipAddress: string | null };

export type PlanResult<T> = { ok: true; data: T } | { ok: false; code: PlanErrorCode; message: string };

export const planFailure = (code: PlanErrorCode): { ok: false; code: PlanErrorCode; message: string } => ({
  ok: false,
  code,
  message: PLAN_ERROR_MESSAGES[code],
});

/** Plans whose organisation the actor manages: every plan read and write is filtered by it. */
export function planWhereManaged(actor: Pick<CurrentUser, "grants">, planId: string): Prisma.CapacityBuildingPlanWhereInput {
  return { id: planId, organisation: organisationWhereInScope(actor, "manage") };
}

/**
 * Loads a plan in the actor's subtree and locks its row for the rest of the transaction, so an
 * item added while another request approves the plan waits and then sees it approved. A plan
 * outside the subtree is "not found", never "forbidden", so its existence does not leak.
 */
export async function lockManagedPlan(tx: Prisma.TransactionClient, actor: PlanActor, planId: string) {
  const plan = await tx.capacityBuildingPlan.findFirst({
    where: planWhereManaged(actor, planId),
    select: { id: true },
  });
  if (!plan) return null;
  await tx.$queryRaw`SELECT 1 FROM "CapacityBuildingPlan" WHERE "id" = ${plan.id}::uuid FOR UPDATE`;
  return tx.capacityBuildingPlan.findUniqueOrThrow({
    where: { id: plan.id },
    select: { id: true, organisationId: true, year: true, version: true, status: true, title: true, _count: { select: { items: true } } },
  });
}

export async function writePlanAudit(
  tx: Prisma.TransactionClient,
  actor: PlanActor,
  entry: { action: string; entityType: string; entityId: string; organisationId: string; details: Prisma.InputJsonObject; now: Date },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: actor.id,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      organisationId: entry.organisationId,
      details: entry.details,
      ipAddress: actor.ipAddress,
      createdAt: entry.now,
    },
    select: { id: true },
  });
}
