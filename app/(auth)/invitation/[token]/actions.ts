"use server";

import { z } from "zod";
import { fail, ok } from "@/lib/domain/action-result";
import { acceptInvitationSchema } from "@/lib/domain/admin/onboarding/invitation.schema";
import { formDataToObject } from "@/lib/server/auth/authorised-action";
import { acceptInvitation } from "@/lib/server/admin/onboarding/accept-invitation";

// Public: the signed link is the only authority, and it only sets the first password, once.
export async function setFirstPassword(_previous: unknown, formData: FormData) {
  const parsed = acceptInvitationSchema.safeParse(formData instanceof FormData ? formDataToObject(formData) : null);
  if (!parsed.success) return fail("INVALID_INPUT", "Some fields need attention.", z.flattenError(parsed.error).fieldErrors);
  const result = await acceptInvitation({ token: parsed.data.token, password: parsed.data.password });
  if (result === "EXPIRED") return fail("EXPIRED", "This link has expired. Ask your organisation's admin to add you again.");
  if (result === "INVALID") return fail("INVALID", "This link has been used or is not valid. Sign in, or ask your organisation's admin.");
  return ok({ status: "ACCEPTED" as const });
}
