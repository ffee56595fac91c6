"use client";

import { useEffect, useId, useState } from "react";
import { RefreshCw, X } from "lucide-react";
import { useTranslations } from "next-intl";
import type { CourseUpdates } from "@/lib/server/catalogue/get-course-updates";
import { markCourseUpdatesSeen } from "./actions";

/**
 * "Updated to version N: 2 new lessons, 1 updated, 1 removed", for an enrolled official who has
 * not opened the course since. Opening the page records the version as seen (from the browser,
 * so a prefetch does not count); the notice stays until dismissed or the page is left.
 */
export function CourseUpdatesNotice({ courseId, updates, lang }: { courseId: string; updates: CourseUpdates; lang: "en" | "hi" }) {
  const t = useTranslations("course.updates");
  const headingId = useId();
  const [isOpen, setIsOpen] = useState(true);

  useEffect(() => {
    void markCourseUpdatesSeen({ courseId });
  }, [courseId]);

  if (!isOpen) return null;
  const summary = [
    updates.added.length > 0 ? t("summaryAdded", { count: updates.added.length }) : null,
    updates.changed.length > 0 ? t("summaryChanged", { count: updates.changed.length }) : null,
    updates.removed.length > 0 ? t("summaryRemoved", { count: updates.removed.length }) : null,
  ].filter((part): part is string => part !== null);
  const groups = [
    { key: "added", label: t("added"), titles: updates.added },
    { key: "changed", label: t("changed"), titles: updates.changed },
    { key: "removed", label: t("removed"), titles: updates.removed },
  ].filter((group) => group.titles.length > 0);

  return (
    <section aria-labelledby={headingId} className="relative rounded-md border border-navy-200 bg-navy-50 p-4 pr-12 text-sm text-navy-900">
      <h2 id={headingId} className="flex items-center gap-2 font-semibold">
        <RefreshCw aria-hidden="true" className="size-4 shrink-0" />
        <span>
          {t("title", { version: updates.toVersion })}
          {summary.length > 0 ? `: ${summary.join(", ")}` : ""}
        </span>
      </h2>
      {groups.length === 0 ? <p className="mt-2">{t("noLessonChanges")}</p> : null}
      {groups.length > 0 ? (
        <dl className="mt-2 space-y-2">
          {groups.map((group) => (
            <div key={group.key}>
              <dt className="font-semibold">{group.label}</dt>
              <dd>
                <ul lang={lang} className="list-disc pl-5">
                  {group.titles.map((title, index) => (
                    <li key={`${index}-${title}`}>{title}</li>
                  ))}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {updates.removed.length > 0 ? <p className="mt-2 text-navy-800">{t("removedNote")}</p> : null}
      <button
        type="button"
        onClick={() => setIsOpen(false)}
        className="absolute top-2 right-2 inline-flex size-11 items-center justify-center rounded-md text-navy-800 hover:bg-navy-100"
      >
        <X aria-hidden="true" className="size-5" />
        <span className="sr-only">{t("dismiss")}</span>
      </button>
    </section>
  );
}
