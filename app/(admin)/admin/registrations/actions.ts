"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fail, ok } from "@/lib/domain/action-result";
import { decisionSchema, registrationLinkSchema } from "@/lib/domain/admin/officials.schema";
import { decideRegistration } from "@/lib/server/admin/decide-registration";
import { createRegistrationLink, revokeRegistrationLink } from "@/lib/server/admin/registration-links";
import { authorisedAction } from "@/lib/server/auth/authorised-action";

export const createLink = authorisedAction("org:officials:manage", registrationLinkSchema, async (input, user) => {
  const result = await createRegistrationLink(user, input);
  if (result.status === "NOT_FOUND") return fail("INVALID_INPUT", "Some fields need attention.", { organisationId: ["Choose an organisation you administer."] });
  revalidatePath("/admin/registrations");
  return ok({ id: result.id });
});

export const revokeLink = authorisedAction("org:officials:manage", z.object({ linkId: z.uuid("Reload the page.") }), async (input, user) => {
  const result = await revokeRegistrationLink(user, input.linkId);
  if (result.status === "NOT_FOUND") return fail("NOT_FOUND", "That link is not for your organisation.");
  revalidatePath("/admin/registrations");
  return ok({ status: result.status });
});

export const decideRegistrationRequest = authorisedAction("org:officials:manage", decisionSchema, async (input, user) => {
  const result = await decideRegistration(user, input);
  switch (result.status) {
    case "NOT_FOUND":
      return fail("NOT_FOUND", "That registration is not for your organisation, or no longer exists.");
    case "ALREADY_DECIDED":
      return fail("ALREADY_DECIDED", "This registration has already been decided. Reload the page.");
    case "EMAIL_TAKEN":
      return fail("EMAIL_TAKEN", "An account with this email already exists; reject the registration.");
    case "REASON_REQUIRED":
      return fail("INVALID_INPUT", "Some fields need attention.", { reason: ["Say why the registration is rejected."] });
    default:
      revalidatePath("/admin", "layout");
      return ok({ status: result.status });
  }
});
