"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { fail, ok, type ActionResult } from "@/lib/domain/action-result";
import { authorisedAction } from "@/lib/server/auth/authorised-action";
import { clientIp } from "@/lib/server/auth/client-ip";
import { remindOverdueOfficials } from "@/lib/server/plan/remind-overdue-officials";
import { remindSchema } from "./actions.schema";

export const remindOverdueAction = authorisedAction("org:plan:manage", remindSchema, async (input, user): Promise<ActionResult<string>> => {
  const result = await remindOverdueOfficials(
    { id: user.id, grants: user.grants, ipAddress: clientIp(await headers()) },
    { planId: input.planId, courseId: input.courseId ?? null },
  );
  if (!result.ok) return fail(result.code, result.message);
  revalidatePath("/admin/compliance");
  const { officials, written } = result.data;
  if (officials === 0) return ok("Nobody is overdue.");
  const already = officials - written;
  return ok(
    `Reminded ${written} overdue official${written === 1 ? "" : "s"}${already > 0 ? `; ${already} had already been reminded today` : ""}.`,
  );
});
