"use client";

import { useEffect } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { RotateCcw, TriangleAlert } from "lucide-react";

type ErrorFallbackProps = {
  error: Error & { digest?: string };
  reset: () => void;
  /** True at the root, where no app shell (and so no <main>) surrounds the message. */
  isStandalone?: boolean;
};

// Never shows error.message: it can carry internal details. The digest lets support find the
// server log entry without exposing anything.
export function ErrorFallback({ error, reset, isStandalone = false }: ErrorFallbackProps) {
  const t = useTranslations("common");
  useEffect(() => {
    console.error(error);
  }, [error]);

  const content = (
    <>
      <TriangleAlert aria-hidden="true" className="size-12 text-saffron-700" />
      <h1 className="mt-4 text-2xl font-bold text-navy-900">{t("error.title")}</h1>
      <p role="alert" className="mt-3 text-slate-700">
        {error.digest ? t("error.bodyWithReference") : t("error.body")}
      </p>
      {error.digest ? (
        <p className="mt-2 text-sm text-slate-600">
          {t("error.reference")} <code className="rounded bg-slate-100 px-1.5 py-0.5">{error.digest}</code>
        </p>
      ) : null}
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <button
          type="button"
          onClick={reset}
          className="inline-flex min-h-11 items-center gap-2 rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700"
        >
          <RotateCcw aria-hidden="true" className="size-4" /> {t("error.tryAgain")}
        </button>
        <Link
          href="/"
          className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold text-navy-800 hover:bg-navy-50"
        >
          {t("goHome")}
        </Link>
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
