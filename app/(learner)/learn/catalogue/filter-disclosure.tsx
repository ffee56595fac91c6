"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { SlidersHorizontal } from "lucide-react";
import { useTranslations } from "next-intl";

type FilterDisclosureProps = { children: ReactNode; activeCount: number };

/**
 * The filters sit in a native <details>: collapsed on a phone so results come first, usable by
 * keyboard and without JavaScript. Applied filters show as chips above the results, so the panel
 * stays closed on a phone even then. On a wide screen, where it fits beside the results, script
 * opens it once after loading.
 */
export function FilterDisclosure({ children, activeCount }: FilterDisclosureProps) {
  const t = useTranslations("catalogue.filters");
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (ref.current && window.matchMedia("(min-width: 1024px)").matches) ref.current.open = true;
  }, []);
  return (
    <details ref={ref} className="group rounded-lg border border-slate-200 bg-white shadow-sm">
      <summary className="flex min-h-11 items-center justify-between gap-2 rounded-lg px-4 py-2 font-semibold text-navy-900 hover:bg-navy-50">
        <span className="inline-flex items-center gap-2">
          <SlidersHorizontal aria-hidden="true" className="size-4" />
          {t("title")}
          {activeCount > 0 ? (
            <span className="text-sm font-normal text-slate-700">{t("appliedCount", { count: activeCount })}</span>
          ) : null}
        </span>
        <span aria-hidden="true" className="text-sm font-normal text-slate-600 group-open:hidden">
          {t("show")}
        </span>
        <span aria-hidden="true" className="hidden text-sm font-normal text-slate-600 group-open:inline">
          {t("hide")}
        </span>
      </summary>
      <div className="border-t border-slate-200 p-4">{children}</div>
    </details>
  );
}
