import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Award, CheckCircle2, ClipboardList } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { isDomainError } from "@/lib/domain/learning/domain-error";
import { certificateHref, learnerCourseHref } from "@/lib/domain/routes";
import { formatDurationMinutes } from "@/lib/domain/format-duration";
import { getAssessmentOverview, type AssessmentOverview } from "@/lib/server/assessment/get-assessment-overview";
import { requirePermission } from "@/lib/server/auth/session";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { AttemptHistory } from "./attempt-history";
import { StartAttemptForm } from "./start-attempt-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assessment");
  return { title: t("metaTitle") };
}

type PageProps = { params: Promise<{ assessmentId: string }> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function AssessmentPage({ params }: PageProps) {
  const user = await requirePermission("learning:own");
  const { assessmentId } = await params;
  if (!UUID.test(assessmentId)) notFound();
  const [t, locale] = await Promise.all([getTranslations("assessment"), getLocale()]);

  let overview: AssessmentOverview | null;
  try {
    overview = await getAssessmentOverview({ userId: user.id, assessmentId });
  } catch (error) {
    if (!isDomainError(error) || error.code !== "NOT_ENROLLED") throw error;
    return (
      <EmptyState title={t("overview.enrolTitle")} icon={<ClipboardList className="size-10" />}>
        {t("overview.enrolBody")}
      </EmptyState>
    );
  }
  if (!overview) notFound();

  const startLabel = overview.openAttemptId ? t("overview.resume") : overview.attempts.length > 0 ? t("tryAgain") : t("overview.start");
  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow={t("overview.eyebrow")}
        title={overview.title}
        description={
          t.rich("overview.partOf", {
            course: overview.course.title,
            link: (chunks) => (
              <Link href={learnerCourseHref(overview.course.slug)} className="font-semibold text-navy-700 underline underline-offset-2">
                {chunks}
              </Link>
            ),
          })
        }
      />

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label={t("overview.factsLabel")}>
        <Fact label={t("overview.questions")} value={String(overview.questionCount)} />
        <Fact label={t("overview.passMark")} value={`${overview.passMarkPercent}%`} />
        <Fact
          label={t("overview.timeLimit")}
          value={overview.timeLimitSeconds ? formatDurationMinutes(Math.ceil(overview.timeLimitSeconds / 60), locale) : t("overview.noTimeLimit")}
        />
        <Fact
          label={t("overview.attemptsLeft")}
          value={
            overview.attemptsRemaining === null
              ? t("overview.unlimited")
              : t("overview.attemptsLeftValue", { left: overview.attemptsRemaining, max: overview.maxAttempts ?? 0 })
          }
        />
      </dl>

      {overview.hasPassed ? (
        <div className="flex flex-wrap items-center gap-3 rounded-lg border border-green-300 bg-green-50 p-4 text-green-900">
          <CheckCircle2 aria-hidden="true" className="size-5 shrink-0" />
          <p className="min-w-0 flex-1">{t("overview.passed")}</p>
          {overview.certificateCode ? (
            <Link
              href={certificateHref(overview.certificateCode)}
              className="inline-flex min-h-11 items-center gap-2 rounded-md bg-navy-800 px-4 font-semibold text-white hover:bg-navy-700"
            >
              <Award aria-hidden="true" className="size-4" /> {t("viewCertificate")}
            </Link>
          ) : null}
        </div>
      ) : (
        <SectionCard id="before-you-start" title={overview.openAttemptId ? t("overview.openTitle") : t("overview.beforeTitle")}>
          <div className="space-y-4 text-slate-800">
            {overview.instructions ? <p className="max-w-prose whitespace-pre-line">{overview.instructions}</p> : null}
            <ul className="list-disc space-y-1 pl-5">
              <li>{t("overview.ruleSubmit")}</li>
              {overview.timeLimitSeconds ? <li>{t("overview.ruleClock")}</li> : null}
              <li>{t("overview.ruleMultiple")}</li>
            </ul>
            {overview.canStart ? (
              <StartAttemptForm assessmentId={overview.id} label={startLabel} />
            ) : (
              <p className="font-semibold text-red-800">
                {overview.questionCount === 0 ? t("overview.noQuestions") : t("overview.attemptsUsed")}
              </p>
            )}
          </div>
        </SectionCard>
      )}

      <SectionCard id="attempt-history" title={t("overview.historyTitle")}>
        {overview.attempts.length > 0 ? (
          <AttemptHistory assessmentId={overview.id} attempts={overview.attempts} />
        ) : (
          <p className="text-slate-700">{t("overview.noAttempts")}</p>
        )}
      </SectionCard>
    </div>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="mt-1 text-xl font-semibold text-navy-900 tabular-nums">{value}</dd>
    </div>
  );
}
