import type { ReactNode } from "react";
import Link from "next/link";
import { ShieldX } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/sign-out-button";

/**
 * The 403 message. Standalone (no app shell around it) it is the page's main landmark; inside
 * an area's shell, which already has one, it is a plain block.
 */
export async function AccessDenied({ isStandalone = false }: { isStandalone?: boolean }) {
  const t = await getTranslations("common");
  const content: ReactNode = (
    <>
      <ShieldX aria-hidden="true" className="size-12 text-navy-600" />
      <p className="mt-4 text-sm font-semibold tracking-wide text-saffron-700 uppercase">{t("forbidden.eyebrow")}</p>
      <h1 className="mt-1 text-2xl font-bold text-navy-900 sm:text-3xl">{t("forbidden.title")}</h1>
      <p className="mt-3 text-slate-700">{t("forbidden.body")}</p>
      <div className="mt-6 flex flex-wrap items-center justify-center gap-3">
        <Link href="/" className="inline-flex min-h-11 items-center rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700">
          {t("goHome")}
        </Link>
        <SignOutButton className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold text-navy-800 hover:bg-navy-50 disabled:cursor-wait" />
      </div>
    </>
  );
  const className = "mx-auto flex w-full max-w-xl flex-1 flex-col items-center justify-center px-4 py-16 text-center";
  return isStandalone ? (
    <main id="main-content" tabIndex={-1} className={`${className} focus:outline-none`}>
      {content}
    </main>
  ) : (
    <div className={className}>{content}</div>
  );
}
