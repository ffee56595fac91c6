import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Award, CheckCircle2, Clock, XCircle } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, isoDate } from "@/lib/domain/format-date";
import { assessmentHref, certificateHref, learnerCourseHref } from "@/lib/domain/routes";
import { getAttemptResult } from "@/lib/server/assessment/get-attempt-result";
import { requirePermission } from "@/lib/server/auth/session";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { attemptHref } from "../../../../assessment-routes";
import { StartAttemptForm } from "../../../start-attempt-form";
import { QuestionFeedback } from "./question-feedback";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assessment");
  return { title: t("resultsMetaTitle") };
}

type PageProps = { params: Promise<{ assessmentId: string; attemptId: string }> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BUTTON = "inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 font-semibold";

export default async function AttemptResultsPage({ params }: PageProps) {
  const user = await requirePermission("learning:own");
  const { assessmentId, attemptId } = await params;
  if (!UUID.test(attemptId)) notFound();

  const result = await getAttemptResult({ userId: user.id, attemptId });
  if (!result || result.assessment.id !== assessmentId) notFound();
  if (result.attempt.status === "IN_PROGRESS") redirect(attemptHref(assessmentId, attemptId));

  const [t, locale] = await Promise.all([getTranslations("assessment"), getLocale()]);
  const { attempt, assessment, course } = result;
  const isExpired = attempt.status === "EXPIRED";
  const hasPassed = attempt.passed === true;

  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow={t("results.eyebrow", { number: attempt.attemptNumber })}
        title={assessment.title}
        description={
          <Link href={learnerCourseHref(course.slug)} className="font-semibold text-navy-700 underline underline-offset-2">
            {course.title}
          </Link>
        }
      />

      <section
        aria-labelledby="outcome"
        className={`rounded-lg border p-4 sm:p-5 ${hasPassed ? "border-green-300 bg-green-50" : isExpired ? "border-amber-300 bg-amber-50" : "border-red-300 bg-red-50"}`}
      >
        <h2 id="outcome" className="flex items-center gap-2 text-xl font-bold text-navy-900">
          {hasPassed ? (
            <CheckCircle2 aria-hidden="true" className="size-6 text-green-800" />
          ) : isExpired ? (
            <Clock aria-hidden="true" className="size-6 text-amber-900" />
          ) : (
            <XCircle aria-hidden="true" className="size-6 text-red-800" />
          )}
          {hasPassed ? t("results.passed") : isExpired ? t("results.expired") : t("results.notPassed")}
        </h2>
        {attempt.percent !== null ? (
          <p className="mt-2 text-slate-800">
            {t.rich("results.scored", {
              percent: attempt.percent,
              score: attempt.score ?? 0,
              maxScore: attempt.maxScore ?? 0,
              passMark: assessment.passMarkPercent,
              strong: (chunks) => <strong className="text-2xl tabular-nums">{chunks}</strong>,
            })}
          </p>
        ) : (
          <p className="mt-2 text-slate-800">{t("results.noAnswers")}</p>
        )}
        {attempt.submittedAt ? (
          <p className="mt-1 text-sm text-slate-700">
            {t.rich("results.submitted", {
              date: formatDate(attempt.submittedAt, locale),
              time: (chunks) => <time dateTime={isoDate(attempt.submittedAt!)}>{chunks}</time>,
            })}
          </p>
        ) : null}
        <div className="mt-4 flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-start">
          {result.certificateCode ? (
            <Link href={certificateHref(result.certificateCode)} className={`${BUTTON} bg-navy-800 text-white hover:bg-navy-700`}>
              <Award aria-hidden="true" className="size-5" /> {t("viewCertificate")}
            </Link>
          ) : null}
          {result.canRetake ? <StartAttemptForm assessmentId={assessment.id} label={t("tryAgain")} /> : null}
          <Link href={learnerCourseHref(course.slug)} className={`${BUTTON} border border-navy-200 bg-white text-navy-800 hover:bg-navy-50`}>
            {t("results.backToCourse")}
          </Link>
          <Link href={assessmentHref(assessment.id)} className={`${BUTTON} text-navy-700 underline underline-offset-2`}>
            {t("results.allAttempts")}
          </Link>
        </div>
      </section>

      {result.questions.length > 0 ? (
        <SectionCard
          id="feedback"
          title={t("results.feedbackTitle")}
          description={
            result.revealsAnswers ? t("results.feedbackRevealed") : t("results.feedbackHidden")
          }
        >
          <ol className="space-y-4">
            {result.questions.map((question, index) => (
              <li key={question.id}>
                <QuestionFeedback question={question} index={index} total={result.questions.length} />
              </li>
            ))}
          </ol>
        </SectionCard>
      ) : null}
    </div>
  );
}
