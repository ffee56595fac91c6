import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { AlertTriangle, CalendarClock, ClipboardList } from "lucide-react";
import type { PendingPlanCourse } from "@/lib/server/learner/list-pending-plan-courses";
import { formatDate, isoDate } from "@/lib/domain/format-date";
import { learnerCourseHref } from "@/lib/domain/routes";
import { StatusBadge } from "@/components/status-badge";

/** A plan course the official has no enrolment in: a batch to choose, or a course to enrol in again. */
export function PendingPlanCard({ course }: { course: PendingPlanCourse }) {
  const t = useTranslations("home.pending");
  const tCard = useTranslations("home.card");
  const locale = useLocale();
  const date = formatDate(course.dueAt, locale);
  const time = (chunks: React.ReactNode) => <time dateTime={isoDate(course.dueAt)}>{chunks}</time>;
  const needsBatch = course.mode !== "ONLINE";
  return (
    <article
      className={`rounded-lg border border-dashed bg-white p-4 ${course.isOverdue ? "border-red-400 border-l-4 border-l-red-700" : "border-navy-300"}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="min-w-0 text-base font-semibold text-navy-900">
          <Link href={learnerCourseHref(course.courseSlug)} className="underline-offset-2 hover:underline">
            {course.courseTitle}
          </Link>
        </h3>
        <div className="flex flex-wrap gap-1.5">
          {course.isOverdue ? <StatusBadge tone="red">{tCard("overdue")}</StatusBadge> : null}
          <StatusBadge tone="neutral">{t("notEnrolled")}</StatusBadge>
          <StatusBadge tone="navy">
            <ClipboardList aria-hidden="true" className="size-3.5" /> {tCard("plan")}
          </StatusBadge>
        </div>
      </div>
      <p className="mt-1 text-sm text-slate-600">
        {course.providerName} · {tCard("inPlan")}
      </p>
      <p className="mt-2 text-sm">
        {course.isOverdue ? (
          <span className="inline-flex items-center gap-1 font-semibold text-red-800">
            <AlertTriangle aria-hidden="true" className="size-4" />
            <span>{tCard.rich("overdueWasDue", { date, time })}</span>
          </span>
        ) : (
          <span className="inline-flex items-center gap-1 text-slate-700">
            <CalendarClock aria-hidden="true" className="size-4" />
            <span>{tCard.rich("due", { date, time })}</span>
          </span>
        )}
      </p>
      <p className="mt-2 text-sm">
        <Link href={learnerCourseHref(course.courseSlug)} className="inline-flex min-h-11 items-center font-semibold text-navy-700 underline underline-offset-2">
          {needsBatch ? t("chooseBatch") : t("enrol")}
          <span className="sr-only">: {course.courseTitle}</span>
        </Link>
      </p>
    </article>
  );
}
