"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { setLanguageSchema } from "@/lib/i18n/language.schema";
import { getCurrentUser } from "@/lib/server/auth/session";
import { setPreferredLanguage } from "@/lib/server/profile/set-preferred-language";

// Open to signed-out visitors too (the sign-in page has the switch); a signed-in official's
// choice is also saved on their profile, never on anyone else's.
export async function setLanguage(formData: FormData): Promise<void> {
  const parsed = setLanguageSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  const { locale } = parsed.data;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", httpOnly: true, maxAge: 60 * 60 * 24 * 365 });
  const user = await getCurrentUser();
  if (user) await setPreferredLanguage({ userId: user.id, locale });
  revalidatePath("/", "layout");
}
