// use-intl/core, not next-intl: the worker process runs under the react-server condition, where
// next-intl's entry pulls in client React.
import { createTranslator } from "use-intl/core";
import { localeFromLanguage, type Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";

export type MailLanguage = "EN" | "HI";

/** Mail is written in the recipient's own language, whatever the sender's screen shows. */
export function mailTranslator(language: MailLanguage) {
  const locale: Locale = localeFromLanguage(language);
  return { locale, t: createTranslator({ locale, messages: MESSAGES[locale], namespace: "mail" }) };
}

/** A course's title in the recipient's language where the course has one. */
export function titleIn(language: MailLanguage, course: { title: string; titleHi?: string | null }): string {
  return language === "HI" && course.titleHi ? course.titleHi : course.title;
}
