"use server";

import { revalidatePath } from "next/cache";
import { fail, ok } from "@/lib/domain/action-result";
import { createOfficialSchema, endSessionsSchema, officialRolesSchema, officialStatusSchema, updateOfficialSchema } from "@/lib/domain/admin/officials.schema";
import { createOfficialByAdmin } from "@/lib/server/admin/create-official-by-admin";
import { endOfficialSessions } from "@/lib/server/admin/end-official-sessions";
import { setOfficialRoles } from "@/lib/server/admin/set-official-roles";
import { setOfficialStatus } from "@/lib/server/admin/set-official-status";
import { updateOfficial } from "@/lib/server/admin/update-official";
import { authorisedAction } from "@/lib/server/auth/authorised-action";

const NOT_FOUND = "That official is not in your organisation, or no longer exists.";

export const saveOfficial = authorisedAction("org:officials:manage", updateOfficialSchema, async (input, user) => {
  const result = await updateOfficial(user, input);
  if (result.status === "NOT_FOUND") return fail("NOT_FOUND", NOT_FOUND);
  if (result.status === "INVALID") return fail("INVALID_INPUT", "Some fields need attention.", result.fieldErrors);
  revalidatePath("/admin", "layout");
  return ok({ changed: result.changes.length });
});

export const changeOfficialStatus = authorisedAction("org:officials:manage", officialStatusSchema, async (input, user) => {
  const result = await setOfficialStatus(user, input);
  if (result.status === "NOT_FOUND") return fail("NOT_FOUND", NOT_FOUND);
  if (result.status === "REFUSED") return fail("REFUSED", result.message);
  revalidatePath("/admin", "layout");
  return ok({ status: input.status });
});

export const addOfficial = authorisedAction("org:officials:manage", createOfficialSchema, async (input, user) => {
  const result = await createOfficialByAdmin(user, input);
  if (result.status === "INVALID") return fail("INVALID_INPUT", "Some fields need attention.", result.fieldErrors);
  revalidatePath("/admin", "layout");
  return ok({ officialId: result.officialId, email: input.email, oneTimePassword: result.oneTimePassword });
});

export const changeOfficialRoles = authorisedAction("org:officials:manage", officialRolesSchema, async (input, user) => {
  const result = await setOfficialRoles(user, input);
  if (result.status === "NOT_FOUND") return fail("NOT_FOUND", NOT_FOUND);
  if (result.status === "REFUSED") return fail("REFUSED", result.message);
  revalidatePath("/admin", "layout");
  return ok({ changed: result.changed });
});

export const endAllSessions = authorisedAction("org:officials:manage", endSessionsSchema, async (input, user) => {
  const result = await endOfficialSessions(user, input);
  if (result.status === "NOT_FOUND") return fail("NOT_FOUND", NOT_FOUND);
  return ok({ sessionsEnded: result.sessionsEnded });
});
