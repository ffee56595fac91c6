import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { HTML_LANG, isLocale } from "@/lib/i18n/locales";
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
  const [locale, t] = await Promise.all([getLocale(), getTranslations("shell")]);
  return (
    <html lang={isLocale(locale) ? HTML_LANG[locale] : "en-IN"} className={devanagari.variable}>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main-content"
          className="sr-only rounded bg-navy-800 px-4 py-2 font-semibold text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:px-4 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
