import type { Metadata } from "next";
import Link from "next/link";
import { Compass } from "lucide-react";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.notFound");
  return { title: t("metaTitle") };
}

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <main id="main-content" tabIndex={-1} className="mx-auto flex w-full max-w-xl flex-1 flex-col items-center justify-center px-4 py-16 text-center focus:outline-none">
      <Compass aria-hidden="true" className="size-12 text-navy-600" />
      <p className="mt-4 text-sm font-semibold tracking-wide text-saffron-700 uppercase">{t("notFound.eyebrow")}</p>
      <h1 className="mt-1 text-2xl font-bold text-navy-900 sm:text-3xl">{t("notFound.title")}</h1>
      <p className="mt-3 text-slate-700">
        {t("notFound.body")}
      </p>
      <Link
        href="/"
        className="mt-6 inline-flex min-h-11 items-center rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700"
      >
        {t("goHome")}
      </Link>
    </main>
  );
}
