"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { fail, ok, type ActionResult } from "@/lib/domain/action-result";
import type { CurrentUser } from "@/lib/domain/roles";
import { authorisedAction } from "@/lib/server/auth/authorised-action";
import { clientIp } from "@/lib/server/auth/client-ip";
import { addPlanItem } from "@/lib/server/plan/add-plan-item";
import { assignPlanNewcomers } from "@/lib/server/plan/assign-plan-newcomers";
import { changePlanStatus } from "@/lib/server/plan/change-plan-status";
import { createPlan } from "@/lib/server/plan/create-plan";
import { openPlanVersion } from "@/lib/server/plan/open-plan-version";
import type { PlanActor, PlanResult } from "@/lib/server/plan/plan-actor";
import { publishPlan } from "@/lib/server/plan/publish-plan";
import { removePlanItem } from "@/lib/server/plan/remove-plan-item";
import { addPlanItemSchema, createPlanSchema, dueAtFromDay, parseAssignable, planIdSchema, planStatusSchema, removePlanItemSchema } from "./actions.schema";

async function actorOf(user: CurrentUser): Promise<PlanActor> {
  return { id: user.id, grants: user.grants, ipAddress: clientIp(await headers()) };
}

function settle<T>(result: PlanResult<T>, message: string): ActionResult<string> {
  if (!result.ok) return fail(result.code, result.message);
  revalidatePath("/admin/plan");
  revalidatePath("/admin/compliance");
  return ok(message);
}

export const createPlanAction = authorisedAction("org:plan:manage", createPlanSchema, async (input, user): Promise<ActionResult<string>> => {
  const result = await createPlan(await actorOf(user), input);
  if (!result.ok) return fail(result.code, result.message);
  revalidatePath("/admin/plan");
  redirect(`/admin/plan?plan=${result.data.planId}`);
});

export const addPlanItemAction = authorisedAction("org:plan:manage", addPlanItemSchema, async (input, user) => {
  const result = await addPlanItem(await actorOf(user), {
    planId: input.planId,
    ...parseAssignable(input.assignable),
    fracRoleId: input.fracRoleId ?? null,
    designation: input.designation ?? null,
    serviceGroup: input.serviceGroup ?? null,
    officialEmail: input.officialEmail ?? null,
    dueAt: dueAtFromDay(input.dueOn),
    countsForApar: input.countsForApar,
  });
  return settle(result, "Added to the plan.");
});

export const removePlanItemAction = authorisedAction("org:plan:manage", removePlanItemSchema, async (input, user) =>
  settle(await removePlanItem(await actorOf(user), input), "Removed from the plan."),
);

export const changePlanStatusAction = authorisedAction("org:plan:manage", planStatusSchema, async (input, user) =>
  settle(
    await changePlanStatus(await actorOf(user), input),
    input.action === "approve" ? "Approved. Publish it to assign its courses to officials." : "Back to draft: its items can be changed again.",
  ),
);

export const publishPlanAction = authorisedAction("org:plan:manage", planIdSchema, async (input, user) => {
  const result = await publishPlan(await actorOf(user), input);
  if (!result.ok) return fail(result.code, result.message);
  revalidatePath("/admin/plan");
  revalidatePath("/admin/compliance");
  const { assignments, enrolments } = result.data;
  return ok(`Published: ${assignments} assignment${assignments === 1 ? "" : "s"}, ${enrolments} new enrolment${enrolments === 1 ? "" : "s"}.`);
});

export const openPlanVersionAction = authorisedAction("org:plan:manage", planIdSchema, async (input, user): Promise<ActionResult<string>> => {
  const result = await openPlanVersion(await actorOf(user), input);
  if (!result.ok) return fail(result.code, result.message);
  revalidatePath("/admin/plan");
  redirect(`/admin/plan?plan=${result.data.planId}`);
});

export const assignPlanNewcomersAction = authorisedAction("org:plan:manage", planIdSchema, async (input, user) => {
  const result = await assignPlanNewcomers(await actorOf(user), input);
  if (!result.ok) return fail(result.code, result.message);
  revalidatePath("/admin/plan");
  revalidatePath("/admin/compliance");
  const { assignments, enrolments } = result.data;
  return ok(assignments === 0 ? "Everyone the plan names was already assigned." : `Assigned ${assignments} more course${assignments === 1 ? "" : "s"}, ${enrolments} new enrolment${enrolments === 1 ? "" : "s"}.`);
});
