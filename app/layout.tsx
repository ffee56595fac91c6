import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE, HTML_LANG, isLocale } from "@/lib/i18n/locales";
import { clientMessages } from "@/lib/i18n/messages";
import { devanagari } from "./fonts/devanagari";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Kaushal", template: "%s · Kaushal" },
  description: "Open learning platform for India's civil servants, in the spirit of Mission Karmayogi.",
  applicationName: "Kaushal",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#1a2e52",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [requested, t] = await Promise.all([getLocale(), getTranslations("shell")]);
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return (
    <html lang={HTML_LANG[locale]} className={devanagari.variable}>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main-content"
          className="sr-only rounded bg-navy-800 px-4 py-2 font-semibold text-white print:hidden focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:px-4 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider messages={clientMessages(locale)}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
