import "server-only";
import { db } from "@/lib/server/db";
import { languageFromLocale, type Locale } from "@/lib/i18n/locales";

/** Saves the official's language so it follows them to every device. */
export async function setPreferredLanguage({ userId, locale }: { userId: string; locale: Locale }): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { preferredLanguage: languageFromLocale(locale) } });
}
