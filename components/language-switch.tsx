import { getLocale, getTranslations } from "next-intl/server";
import { Languages } from "lucide-react";
import { setLanguage } from "@/app/actions/language";
import { LOCALES, LOCALE_NAMES, HTML_LANG } from "@/lib/i18n/locales";

/** A plain form, so switching works before (or without) JavaScript on a slow link. */
export async function LanguageSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("language")]);
  const other = LOCALES.find((candidate) => candidate !== locale) ?? "en";
  return (
    <form action={setLanguage}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={HTML_LANG[other]}
        aria-label={t("switchTo", { language: LOCALE_NAMES[other] })}
        className="inline-flex min-h-10 items-center gap-1.5 rounded-md px-2 text-sm font-medium text-navy-800 hover:bg-navy-50"
      >
        <Languages aria-hidden="true" className="size-4" />
        {LOCALE_NAMES[other]}
      </button>
    </form>
  );
}
