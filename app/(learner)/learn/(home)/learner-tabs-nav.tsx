import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatCount } from "@/lib/domain/format-count";
import { LEARNER_TABS, learnerTabHref, type LearnerTab } from "@/lib/domain/learner-tabs";

/**
 * Links, not an ARIA tablist: each "tab" is a page of its own (?tab=), so it works without
 * JavaScript and the browser's back button; aria-current marks the one shown.
 */
export function LearnerTabsNav({ current, counts }: { current: LearnerTab; counts: Record<LearnerTab, number> }) {
  const t = useTranslations("home");
  return (
    <nav aria-label={t("yourCourses")}>
      <ul className="grid grid-cols-3 border-b border-slate-200 sm:flex sm:gap-1">
        {LEARNER_TABS.map((tab) => {
          const isCurrent = tab === current;
          return (
            <li key={tab}>
              <Link
                href={learnerTabHref(tab)}
                aria-current={isCurrent ? "page" : undefined}
                scroll={false}
                className={`-mb-px flex min-h-11 flex-col items-center justify-center gap-0.5 border-b-4 px-1 py-1 text-center text-sm font-semibold sm:flex-row sm:gap-2 sm:px-3 sm:whitespace-nowrap ${
                  isCurrent ? "border-saffron-500 text-navy-900" : "border-transparent text-slate-700 hover:border-slate-300 hover:text-navy-800"
                }`}
              >
                {t(`tabs.${tab}`)}
                <span className={`rounded-full px-2 py-0.5 text-xs tabular-nums ${isCurrent ? "bg-navy-800 text-white" : "bg-slate-100 text-slate-700"}`}>
                  {formatCount(counts[tab])}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
