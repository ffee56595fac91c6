import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Award, CheckCircle2 } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/domain/format-date";
import { learnerCertificateHref, learnerCourseHref, verifyCertificateHref } from "@/lib/domain/routes";
import { requirePermission } from "@/lib/server/auth/session";
import { getProgrammePage } from "@/lib/server/programmes/get-programme-page";
import { PageHeading } from "@/components/page-heading";
import { ProgressBar } from "@/components/progress-bar";
import { SectionCard } from "@/components/section-card";
import { StatusBadge } from "@/components/status-badge";
import { EnrolForm } from "./enrol-form";

type PageProps = { params: Promise<{ slug: string }>; searchParams: Promise<{ enrolled?: string; needsBatch?: string }> };

const slugOf = (raw: string) => raw.slice(0, 200);

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const t = await getTranslations("programme");
  return { title: `${t("eyebrow")} · ${decodeURIComponent(slugOf((await params).slug))}` };
}

const count = (raw: string | undefined) => {
  const value = Number(raw);
  return Number.isInteger(value) && value >= 0 && value < 1000 ? value : null;
};

export default async function LearnerProgrammePage({ params, searchParams }: PageProps) {
  const user = await requirePermission("learning:own");
  const [{ slug }, query, t, locale] = await Promise.all([params, searchParams, getTranslations("programme"), getLocale()]);
  const programme = await getProgrammePage({ slug: slugOf(slug), userId: user.id });
  if (!programme) notFound();
  const enrolledNow = count(query.enrolled);
  const needsBatch = count(query.needsBatch);
  const { progress, enrolment } = programme;

  return (
    <div className="space-y-6">
      <PageHeading eyebrow={t("eyebrow")} title={programme.title} description={<><p>{programme.summary}</p><p className="mt-1 text-sm text-slate-600">{t("offeredBy", { provider: programme.providerName })}</p></>} />

      {enrolment && enrolledNow !== null ? (
        <div role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-sm text-green-900">
          <p className="font-semibold">{t("enrolled", { count: enrolledNow })}</p>
          {needsBatch ? <p className="mt-1">{t("needsBatch", { count: needsBatch })}</p> : null}
        </div>
      ) : null}

      <SectionCard id="programme-progress" title={t("progressHeading")}>
        {enrolment ? (
          <div className="space-y-3">
            <p className="font-semibold text-navy-900">{t("progressSummary", { completed: progress.completed, total: progress.total })}</p>
            <ProgressBar value={progress.percent} label={t("progressLabel", { title: programme.title })} tone={progress.isComplete ? "green" : "navy"} />
            {enrolment.completedAt ? (
              <div className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
                <p className="flex items-center gap-2 font-semibold">
                  <Award aria-hidden="true" className="size-5" />
                  {t("completedOn", { date: formatDate(enrolment.completedAt, locale) })}
                </p>
                {enrolment.certificateCode ? (
                  <p className="mt-1">
                    {t("certificate", { code: enrolment.certificateCode })} ·{" "}
                    <Link href={learnerCertificateHref(enrolment.certificateCode)} className="font-semibold underline">
                      {t("viewCertificate")}
                    </Link>{" "}
                    ·{" "}
                    <Link href={verifyCertificateHref(enrolment.certificateCode)} className="font-semibold underline">
                      {t("verify")}
                    </Link>
                  </p>
                ) : null}
              </div>
            ) : null}
          </div>
        ) : (
          <EnrolForm programmeId={programme.id} labels={{ enrol: t("enrol"), enrolling: t("enrolling"), hint: t("enrolHint") }} />
        )}
      </SectionCard>

      <SectionCard id="programme-courses" title={t("coursesHeading")}>
        <ol className="space-y-3">
          {programme.courses.map((course, index) => (
            <li key={course.id} className="rounded-md border border-slate-200 p-3">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <p className="text-sm text-slate-600">{index + 1}.</p>
                  {course.isAvailable ? (
                    <Link href={learnerCourseHref(course.slug)} className="font-semibold text-navy-800 underline-offset-2 hover:underline">
                      {course.title}
                    </Link>
                  ) : (
                    <span className="font-semibold text-slate-800">{course.title}</span>
                  )}
                  <p className="text-sm text-slate-700">{course.summary}</p>
                </div>
                <StatusBadge tone={course.enrolmentStatus === "COMPLETED" ? "green" : course.enrolmentStatus ? "navy" : "neutral"}>
                  {course.enrolmentStatus === "COMPLETED" ? <CheckCircle2 aria-hidden="true" className="size-3" /> : null}
                  {course.enrolmentStatus ? t(`status.${course.enrolmentStatus}`, { percent: course.progressPercent }) : t("status.none")}
                </StatusBadge>
              </div>
              {!course.isAvailable ? (
                <p className="mt-1 text-sm text-amber-900">{t("unavailable")}</p>
              ) : enrolment && !course.enrolmentStatus && course.mode !== "ONLINE" ? (
                <p className="mt-1 text-sm text-amber-900">{t("chooseBatch")}</p>
              ) : null}
              {course.enrolmentStatus && course.enrolmentStatus !== "COMPLETED" ? (
                <div className="mt-2">
                  <ProgressBar value={course.progressPercent} label={course.title} />
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      </SectionCard>

      {programme.competencies.length > 0 ? (
        <SectionCard id="programme-competencies" title={t("competenciesHeading")}>
          <ul className="space-y-1">
            {programme.competencies.map((competency) => (
              <li key={competency.id} className="text-slate-800">
                {t("competencyLevel", { name: competency.name, level: competency.level })}
              </li>
            ))}
          </ul>
        </SectionCard>
      ) : null}

      {programme.description ? (
        <SectionCard id="programme-about" title={t("aboutHeading")}>
          <p className="whitespace-pre-line text-slate-800">{programme.description}</p>
        </SectionCard>
      ) : null}
    </div>
  );
}
