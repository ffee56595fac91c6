import "server-only";
import { createTranslator } from "next-intl";
import { localeFromLanguage, type Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";

/** Mail is written in the recipient's own language, whatever the sender's screen shows. */
export function mailTranslator(language: "EN" | "HI") {
  const locale: Locale = localeFromLanguage(language);
  return { locale, t: createTranslator({ locale, messages: MESSAGES[locale], namespace: "mail" }) };
}
