import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentUser } from "@/lib/server/auth/session";
import { MESSAGES } from "./messages";
import { LOCALE_COOKIE, isLocale, localeFromAcceptLanguage, localeFromLanguage, type Locale } from "./locales";

// No locale in the URL: a signed-in official's saved preference wins (it follows them across
// devices), then the cookie set by the language switch, then the browser's Accept-Language.
async function resolveLocale(): Promise<Locale> {
  const user = await getCurrentUser();
  if (user) return localeFromLanguage(user.preferredLanguage);
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return { locale, messages: MESSAGES[locale], timeZone: "Asia/Kolkata" };
});
