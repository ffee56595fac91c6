import Link from "next/link";
import { Award, CalendarDays, CheckCircle2, MapPin, PlayCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, isoDate } from "@/lib/domain/format-date";
import { certificateHref, courseReviewHref, lessonPlayerHref } from "@/lib/domain/routes";
import { can } from "@/lib/domain/permissions";
import { getCurrentUser, signInPath } from "@/lib/server/auth/session";
import { getEnrolmentPanel } from "@/lib/server/enrolment/get-enrolment-panel";
import { ProgressBar } from "@/components/progress-bar";
import { StatusBadge } from "@/components/status-badge";
import { EnrolForm, WithdrawForm } from "./enrolment-panel-forms";

const PRIMARY_LINK =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700";
const SECONDARY_LINK =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold text-navy-800 hover:bg-slate-50";

function Panel({ children }: { children: React.ReactNode }) {
  const t = useTranslations("course.panel");
  return (
    <section aria-labelledby="enrolment-panel-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <h2 id="enrolment-panel-title" className="sr-only">
        {t("title")}
      </h2>
      {children}
    </section>
  );
}

/** Enrol / continue / completed / re-enrol, for the course page. Reads the signed-in official itself. */
export async function EnrolmentPanel({ courseId, slug }: { courseId: string; slug: string }) {
  const [user, t, locale] = await Promise.all([getCurrentUser(), getTranslations("course.panel"), getLocale()]);
  if (!user || !can(user, "learning:own")) {
    return (
      <Panel>
        <p className="text-slate-700">{t("signInPrompt")}</p>
        <Link href={await signInPath()} className={PRIMARY_LINK}>
          {t("signIn")}
        </Link>
      </Panel>
    );
  }

  const data = await getEnrolmentPanel(user.id, courseId);
  if (!data) return null;
  const { course, enrolment, batches } = data;

  if (enrolment && (enrolment.status === "ENROLLED" || enrolment.status === "IN_PROGRESS")) {
    const hasStarted = enrolment.status === "IN_PROGRESS";
    const { batch } = enrolment;
    return (
      <Panel>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="font-semibold text-navy-900">{t("enrolled")}</p>
          <StatusBadge tone={hasStarted ? "navy" : "neutral"}>{hasStarted ? t("inProgress") : t("notStarted")}</StatusBadge>
        </div>
        <ProgressBar value={enrolment.progressPercent} label={t("progress")} />
        {batch ? (
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
            <span className="inline-flex items-center gap-1">
              <CalendarDays aria-hidden="true" className="size-4" />{" "}
              {t.rich("batchFrom", {
                code: batch.code,
                date: formatDate(batch.startsAt, locale),
                time: (chunks) => <time dateTime={isoDate(batch.startsAt)}>{chunks}</time>,
              })}
            </span>
            <span className="inline-flex items-center gap-1">
              <MapPin aria-hidden="true" className="size-4" /> {batch.venue}
            </span>
          </p>
        ) : null}
        {/* Stacked at every width: on wide screens the panel sits in the course page's narrow side column. */}
        <div className="flex flex-col gap-3">
          {enrolment.nextLessonId ? (
            <Link href={lessonPlayerHref(slug, enrolment.nextLessonId)} className={PRIMARY_LINK}>
              <PlayCircle aria-hidden="true" className="size-4" /> {hasStarted ? t("continue") : t("start")}
            </Link>
          ) : (
            <p className="text-sm text-slate-700">{t("noLessons")}</p>
          )}
          <WithdrawForm courseId={course.id} slug={slug} />
        </div>
      </Panel>
    );
  }

  if (enrolment?.status === "COMPLETED") {
    return (
      <Panel>
        <p className="flex items-center gap-2 font-semibold text-green-800">
          <CheckCircle2 aria-hidden="true" className="size-5" /> {t("completed")}
        </p>
        <ProgressBar value={100} label={t("progress")} tone="green" />
        <div className="flex flex-col gap-2">
          {enrolment.certificateCode ? (
            <Link href={certificateHref(enrolment.certificateCode)} className={PRIMARY_LINK}>
              <Award aria-hidden="true" className="size-4" /> {t("viewCertificate")}
            </Link>
          ) : null}
          <Link href={courseReviewHref(slug)} className={SECONDARY_LINK}>
            {t("rate")}
          </Link>
          {enrolment.nextLessonId ? (
            <Link href={lessonPlayerHref(slug, enrolment.nextLessonId)} className={SECONDARY_LINK}>
              {t("revisit")}
            </Link>
          ) : null}
        </div>
      </Panel>
    );
  }

  const isWithdrawn = enrolment?.status === "WITHDRAWN";
  if (course.status !== "PUBLISHED") {
    return (
      <Panel>
        <p className="text-slate-700">{isWithdrawn ? t("closedWithdrawn") : t("closed")}</p>
      </Panel>
    );
  }

  const needsBatch = course.mode === "FACE_TO_FACE" || (course.mode === "BLENDED" && batches.some((batch) => batch.isJoinable));
  return (
    <Panel>
      {isWithdrawn ? (
        <p className="text-slate-700">{t("withdrawnNote")}</p>
      ) : null}
      <EnrolForm
        courseId={course.id}
        slug={slug}
        submitLabel={isWithdrawn ? t("enrolAgain") : t("enrol")}
        needsBatch={needsBatch}
        batches={batches.map((batch) => ({
          id: batch.id,
          code: batch.code,
          dates: t("batchDates", { start: formatDate(batch.startsAt, locale), end: formatDate(batch.endsAt, locale) }),
          venue: batch.venue,
          seatsLeft: batch.seatsLeft,
          isJoinable: batch.isJoinable,
        }))}
      />
    </Panel>
  );
}
