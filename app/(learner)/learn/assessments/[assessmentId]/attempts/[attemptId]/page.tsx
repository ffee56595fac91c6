import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Clock } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { learnerCourseHref } from "@/lib/domain/routes";
import { getAttemptForLearner } from "@/lib/server/assessment/get-attempt-for-learner";
import { requirePermission } from "@/lib/server/auth/session";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { attemptResultsHref } from "../../../assessment-routes";
import { AttemptForm } from "./attempt-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assessment");
  return { title: t("attemptMetaTitle") };
}

type PageProps = { params: Promise<{ assessmentId: string; attemptId: string }> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function AttemptPage({ params }: PageProps) {
  const user = await requirePermission("learning:own");
  const { assessmentId, attemptId } = await params;
  if (!UUID.test(attemptId)) notFound();

  // Only what buildQuestionPayload lets through reaches this page: no answers, no explanations.
  const data = await getAttemptForLearner({ userId: user.id, attemptId });
  if (!data || data.assessment.id !== assessmentId) notFound();
  if (data.attempt.status === "SUBMITTED") redirect(attemptResultsHref(assessmentId, attemptId));
  const t = await getTranslations("assessment");

  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow={t("attemptNumber", { number: data.attempt.attemptNumber })}
        title={data.assessment.title}
        description={
          <>
            {t("attempt.passMark", { percent: data.assessment.passMarkPercent })} ·{" "}
            <Link href={learnerCourseHref(data.course.slug)} className="font-semibold text-navy-700 underline underline-offset-2">
              {data.course.title}
            </Link>
          </>
        }
      />
      {data.attempt.status === "EXPIRED" ? (
        <EmptyState
          title={t("attempt.expiredTitle")}
          icon={<Clock className="size-10" />}
          action={
            <Link
              href={attemptResultsHref(assessmentId, attemptId)}
              className="inline-flex min-h-11 items-center rounded-md bg-navy-800 px-4 font-semibold text-white hover:bg-navy-700"
            >
              {t("attempt.seeAttempt")}
            </Link>
          }
        >
          {t("attempt.expiredBody")}
        </EmptyState>
      ) : (
        <AttemptForm
          assessmentId={assessmentId}
          attemptId={attemptId}
          questions={data.questions}
          secondsRemaining={data.attempt.secondsRemaining}
        />
      )}
    </div>
  );
}
