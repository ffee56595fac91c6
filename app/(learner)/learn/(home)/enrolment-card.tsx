import type { ReactNode } from "react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { AlertTriangle, Award, CalendarClock, CheckCircle2, ClipboardList, Clock, Star } from "lucide-react";
import type { LearnerEnrolment } from "@/lib/server/learner/get-learner-home";
import { daysUntil } from "@/lib/domain/enrolment-progress";
import { formatDate, isoDate } from "@/lib/domain/format-date";
import { formatDurationMinutes } from "@/lib/domain/format-duration";
import { courseReviewHref, learnerCertificateHref, learnerCourseHref } from "@/lib/domain/routes";
import { ProgressBar } from "@/components/progress-bar";
import { StatusBadge, type BadgeTone } from "@/components/status-badge";

const STATUS_TONES: Record<LearnerEnrolment["status"], BadgeTone> = {
  ENROLLED: "neutral",
  IN_PROGRESS: "navy",
  COMPLETED: "green",
  WITHDRAWN: "neutral",
};

const ACTION_LINK = "inline-flex min-h-11 items-center gap-1 font-semibold text-navy-700 underline underline-offset-2";

function DueLine({ enrolment, now }: { enrolment: LearnerEnrolment; now: Date }) {
  const t = useTranslations("home.card");
  const locale = useLocale();
  if (enrolment.status === "COMPLETED") {
    const completedAt = enrolment.completedAt;
    return completedAt ? (
      <span className="inline-flex items-center gap-1 text-green-800">
        <CheckCircle2 aria-hidden="true" className="size-4" />
        <span>
          {t.rich("completedOn", {
            date: formatDate(completedAt, locale),
            time: (chunks) => <time dateTime={isoDate(completedAt)}>{chunks}</time>,
          })}
        </span>
      </span>
    ) : null;
  }
  const dueAt = enrolment.dueAt;
  if (!dueAt) return null;
  const dueTime = (chunks: ReactNode) => <time dateTime={isoDate(dueAt)}>{chunks}</time>;
  const date = formatDate(dueAt, locale);
  if (enrolment.isOverdue) {
    return (
      <span className="inline-flex items-center gap-1 font-semibold text-red-800">
        <AlertTriangle aria-hidden="true" className="size-4" />
        <span>{t.rich("overdueWasDue", { date, time: dueTime })}</span>
      </span>
    );
  }
  const days = daysUntil(dueAt, now);
  return (
    <span className={`inline-flex items-center gap-1 ${days <= 7 ? "font-semibold text-amber-900" : "text-slate-700"}`}>
      <CalendarClock aria-hidden="true" className="size-4" />
      <span>{days <= 7 ? t.rich("dueSoon", { date, count: days, time: dueTime }) : t.rich("due", { date, time: dueTime })}</span>
    </span>
  );
}

export function EnrolmentCard({ enrolment, now }: { enrolment: LearnerEnrolment; now: Date }) {
  const t = useTranslations("home.card");
  const locale = useLocale();
  const isDone = enrolment.status === "COMPLETED";
  return (
    <article
      className={`rounded-lg border bg-white p-4 shadow-sm ${enrolment.isOverdue ? "border-red-300 border-l-4 border-l-red-700" : "border-slate-200"}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="min-w-0 text-base font-semibold text-navy-900">
          <Link href={learnerCourseHref(enrolment.courseSlug)} className="underline-offset-2 hover:underline">
            {enrolment.courseTitle}
          </Link>
        </h3>
        <div className="flex flex-wrap gap-1.5">
          {enrolment.isOverdue ? <StatusBadge tone="red">{t("overdue")}</StatusBadge> : null}
          <StatusBadge tone={STATUS_TONES[enrolment.status]}>{t(`status.${enrolment.status}`)}</StatusBadge>
          {enrolment.source !== "SELF" || enrolment.isPlanCourse ? (
            <StatusBadge tone="navy">
              <ClipboardList aria-hidden="true" className="size-3.5" /> {enrolment.isPlanCourse ? t("plan") : t("assigned")}
            </StatusBadge>
          ) : null}
        </div>
      </div>
      <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
        <span>{enrolment.providerName}</span>
        {enrolment.isPlanCourse ? <span>{t("inPlan")}</span> : null}
        {enrolment.source === "ASSIGNED" && enrolment.assignedByName ? <span>{t("assignedBy", { name: enrolment.assignedByName })}</span> : null}
        <span className="inline-flex items-center gap-1">
          <Clock aria-hidden="true" className="size-4" />
          {formatDurationMinutes(enrolment.durationMinutes, locale)}
        </span>
      </p>
      <div className="mt-3">
        <ProgressBar
          value={enrolment.progressPercent}
          label={t("progressLabel", { course: enrolment.courseTitle })}
          tone={isDone ? "green" : enrolment.isOverdue ? "red" : "navy"}
        />
      </div>
      <p className="mt-2 text-sm">
        <DueLine enrolment={enrolment} now={now} />
      </p>
      {isDone ? (
        <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
          {enrolment.certificateCode ? (
            <Link href={learnerCertificateHref(enrolment.certificateCode)} className={ACTION_LINK}>
              <Award aria-hidden="true" className="size-4" />{" "}
              {t.rich("certificate", { course: enrolment.courseTitle, sr: (chunks) => <span className="sr-only">{chunks}</span> })}
            </Link>
          ) : null}
          <Link href={courseReviewHref(enrolment.courseSlug)} className={ACTION_LINK}>
            <Star aria-hidden="true" className="size-4" />
            {enrolment.myRating === null ? t("rate") : t("yourRating", { rating: enrolment.myRating })}
            <span className="sr-only">: {enrolment.courseTitle}</span>
          </Link>
        </p>
      ) : null}
    </article>
  );
}
