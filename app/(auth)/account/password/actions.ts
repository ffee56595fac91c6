"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ACTION_ERROR_MESSAGES, fail, type ActionResult } from "@/lib/domain/action-result";
import { changePasswordSchema } from "@/lib/domain/auth/change-password.schema";
import { formDataToObject } from "@/lib/server/auth/authorised-action";
import { changeOwnPassword } from "@/lib/server/auth/change-own-password";
import { clientIp } from "@/lib/server/auth/client-ip";
import { getSignedInSession } from "@/lib/server/auth/session";

// Not authorisedAction: this is the one action open to an official who must still replace a
// one-time password (authorisedAction refuses them), and to every signed-in official whatever
// their roles. The session is still checked first, and the input parsed before anything runs.
export async function changePassword(_previous: unknown, formData: FormData): Promise<ActionResult<never>> {
  const session = await getSignedInSession();
  if (!session) return fail("UNAUTHENTICATED", ACTION_ERROR_MESSAGES.UNAUTHENTICATED);
  const parsed = changePasswordSchema.safeParse(formData instanceof FormData ? formDataToObject(formData) : null);
  if (!parsed.success) return fail("INVALID_INPUT", ACTION_ERROR_MESSAGES.INVALID_INPUT, z.flattenError(parsed.error).fieldErrors);
  const result = await changeOwnPassword(
    { userId: session.user.id, sessionId: session.sessionId, ip: clientIp(await headers()) },
    { currentPassword: parsed.data.currentPassword, password: parsed.data.password },
  );
  if (result.status === "WRONG_PASSWORD") return fail("INVALID_INPUT", ACTION_ERROR_MESSAGES.INVALID_INPUT, { currentPassword: ["That is not your current password."] });
  if (result.status === "CONFLICT") return fail("CONFLICT", "Your password was changed at the same moment elsewhere. Sign in again.");
  // "/" sends each official to the home of their main area (My Learning for a learner).
  redirect("/");
}
