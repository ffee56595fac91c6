import "server-only";
import type { CurrentUser } from "@/lib/domain/roles";
import { organisationWhereInScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

export type CompliancePlan = { id: string; title: string; year: number; version: number; organisationName: string; status: "PUBLISHED" | "SUPERSEDED" };

/**
 * The published (or superseded, for history) plan version compliance is read for: the one asked
 * for if it lies in the user's subtree, else the latest published one there. Null when none.
 */
export async function findCompliancePlan(user: Pick<CurrentUser, "grants">, planId: string | null): Promise<{ plan: CompliancePlan | null; choices: CompliancePlan[] }> {
  const plans = await db.capacityBuildingPlan.findMany({
    where: { organisation: organisationWhereInScope(user, "read"), status: { in: ["PUBLISHED", "SUPERSEDED"] } },
    orderBy: [{ year: "desc" }, { version: "desc" }],
    take: 50,
    select: { id: true, title: true, year: true, version: true, status: true, organisation: { select: { name: true } } },
  });
  const choices = plans.map((plan) => ({
    id: plan.id,
    title: plan.title,
    year: plan.year,
    version: plan.version,
    organisationName: plan.organisation.name,
    status: plan.status === "SUPERSEDED" ? ("SUPERSEDED" as const) : ("PUBLISHED" as const),
  }));
  const plan = (planId ? choices.find((choice) => choice.id === planId) : undefined) ?? choices.find((choice) => choice.status === "PUBLISHED") ?? null;
  return { plan, choices };
}
