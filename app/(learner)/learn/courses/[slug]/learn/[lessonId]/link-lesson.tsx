"use client";

import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { ExternalLink } from "lucide-react";
import { useTranslations } from "next-intl";

/**
 * Opens the outside resource in a new tab through the app's visit route, which records the visit
 * and completes the lesson before redirecting. This page refreshes when the learner comes back
 * to it (and once shortly after the click) so the tick appears.
 */
export function LinkLesson({ visitHref, host }: { visitHref: string; host: string }) {
  const t = useTranslations("player.link");
  const router = useRouter();
  const hasOpenedRef = useRef(false);

  useEffect(() => {
    const onReturn = () => {
      if (hasOpenedRef.current && document.visibilityState === "visible") router.refresh();
    };
    window.addEventListener("focus", onReturn);
    document.addEventListener("visibilitychange", onReturn);
    return () => {
      window.removeEventListener("focus", onReturn);
      document.removeEventListener("visibilitychange", onReturn);
    };
  }, [router]);

  return (
    <a
      href={visitHref}
      target="_blank"
      rel="noopener noreferrer"
      onClick={() => {
        hasOpenedRef.current = true;
        window.setTimeout(() => router.refresh(), 3000);
      }}
      className="inline-flex min-h-11 items-center gap-2 rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700"
    >
      <ExternalLink aria-hidden="true" className="size-4" /> {t("open", { host })}
      <span className="sr-only">{t("newTab")}</span>
    </a>
  );
}
