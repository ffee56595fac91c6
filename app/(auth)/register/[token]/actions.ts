"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { fail, ok } from "@/lib/domain/action-result";
import { registerSchema } from "@/lib/domain/admin/officials.schema";
import { formDataToObject } from "@/lib/server/auth/authorised-action";
import { allowRegistrationFrom } from "@/lib/server/admin/registration-rate-limit";
import { registerThroughLink } from "@/lib/server/admin/register-through-link";
import { clientIp } from "@/lib/server/auth/client-ip";

// Public: the link's token is the only authority, and it only places someone in the queue.
export async function register(_previous: unknown, formData: FormData) {
  const parsed = registerSchema.safeParse(formData instanceof FormData ? formDataToObject(formData) : null);
  if (!parsed.success) return fail("INVALID_INPUT", "Some fields need attention.", z.flattenError(parsed.error).fieldErrors);
  if (!(await allowRegistrationFrom(clientIp(await headers())))) {
    return fail("RATE_LIMITED", "Too many registrations from this network. Try again in an hour.");
  }
  const result = await registerThroughLink(parsed.data);
  if (result.status === "LINK_CLOSED") return fail("LINK_CLOSED", "This registration link has expired or was stopped. Ask your organisation for a new one.");
  if (result.status === "INVALID") return fail("INVALID_INPUT", "Some fields need attention.", result.fieldErrors);
  return ok({ status: "REGISTERED" as const });
}
