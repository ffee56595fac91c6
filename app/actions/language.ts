"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ACTION_ERROR_MESSAGES, fail, ok, type ActionResult } from "@/lib/domain/action-result";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { setLanguageSchema } from "@/lib/i18n/language.schema";
import { getCurrentUser } from "@/lib/server/auth/session";
import { setPreferredLanguage } from "@/lib/server/profile/set-preferred-language";

// Open to signed-out visitors too (the sign-in page has the switch); a signed-in official's
// choice is also saved on their profile, never on anyone else's.
//
// The switch posts a form and ignores the result (hence the first signature, which <form action>
// accepts). Anyone can post anything to this endpoint, though: a body that is not a form (e.g. a
// string) is a field error that changes nothing, never a 500.
export async function setLanguage(formData: FormData): Promise<void>;
export async function setLanguage(input: unknown): Promise<ActionResult>;
export async function setLanguage(input: unknown): Promise<ActionResult | void> {
  const parsed = setLanguageSchema.safeParse({ locale: input instanceof FormData ? input.get("locale") : undefined });
  if (!parsed.success) return fail("INVALID_INPUT", ACTION_ERROR_MESSAGES.INVALID_INPUT, z.flattenError(parsed.error).fieldErrors);
  const { locale } = parsed.data;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", httpOnly: true, maxAge: 60 * 60 * 24 * 365 });
  const user = await getCurrentUser();
  if (user) await setPreferredLanguage({ userId: user.id, locale });
  revalidatePath("/", "layout");
  return ok();
}
