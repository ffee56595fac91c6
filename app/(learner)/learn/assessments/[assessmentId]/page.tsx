import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Award, CheckCircle2, ClipboardList } from "lucide-react";
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

export const metadata: Metadata = { title: "Assessment" };

type PageProps = { params: Promise<{ assessmentId: string }> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function AssessmentPage({ params }: PageProps) {
  const user = await requirePermission("learning:own");
  const { assessmentId } = await params;
  if (!UUID.test(assessmentId)) notFound();

  let overview: AssessmentOverview | null;
  try {
    overview = await getAssessmentOverview({ userId: user.id, assessmentId });
  } catch (error) {
    if (!isDomainError(error) || error.code !== "NOT_ENROLLED") throw error;
    return (
      <EmptyState title="Enrol to take this assessment" icon={<ClipboardList className="size-10" />}>
        {error.message} Find the course in the catalogue and enrol; its assessment opens from the course.
      </EmptyState>
    );
  }
  if (!overview) notFound();

  const startLabel = overview.openAttemptId ? "Resume attempt" : overview.attempts.length > 0 ? "Try again" : "Start assessment";
  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow="Assessment"
        title={overview.title}
        description={
          <>
            Part of{" "}
            <Link href={learnerCourseHref(overview.course.slug)} className="font-semibold text-navy-700 underline underline-offset-2">
              {overview.course.title}
            </Link>
          </>
        }
      />

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label="About this assessment">
        <Fact label="Questions" value={String(overview.questionCount)} />
        <Fact label="Pass mark" value={`${overview.passMarkPercent}%`} />
        <Fact label="Time limit" value={overview.timeLimitSeconds ? formatDurationMinutes(Math.ceil(overview.timeLimitSeconds / 60)) : "None"} />
        <Fact
          label="Attempts left"
          value={overview.attemptsRemaining === null ? "Unlimited" : `${overview.attemptsRemaining} of ${overview.maxAttempts}`}
        />
      </dl>

      {overview.hasPassed ? (
        <div className="flex flex-wrap items-center gap-3 rounded-lg border border-green-300 bg-green-50 p-4 text-green-900">
          <CheckCircle2 aria-hidden="true" className="size-5 shrink-0" />
          <p className="min-w-0 flex-1">You have passed this assessment.</p>
          {overview.certificateCode ? (
            <Link
              href={certificateHref(overview.certificateCode)}
              className="inline-flex min-h-11 items-center gap-2 rounded-md bg-navy-800 px-4 font-semibold text-white hover:bg-navy-700"
            >
              <Award aria-hidden="true" className="size-4" /> View your certificate
            </Link>
          ) : null}
        </div>
      ) : (
        <SectionCard id="before-you-start" title={overview.openAttemptId ? "Your attempt is open" : "Before you start"}>
          <div className="space-y-4 text-slate-800">
            {overview.instructions ? <p className="max-w-prose whitespace-pre-line">{overview.instructions}</p> : null}
            <ul className="list-disc space-y-1 pl-5">
              <li>Answer every question, then choose Submit answers. You can change answers until you submit.</li>
              {overview.timeLimitSeconds ? (
                <li>
                  The clock starts when you open the attempt and keeps running if you leave the page. If the page is open when time
                  runs out, your answers are submitted for you.
                </li>
              ) : null}
              <li>Questions marked “Select all that apply” need every correct option ticked, and no others.</li>
            </ul>
            {overview.canStart ? (
              <StartAttemptForm assessmentId={overview.id} label={startLabel} />
            ) : (
              <p className="font-semibold text-red-800">
                {overview.questionCount === 0 ? "This assessment has no questions yet." : "You have used all your attempts for this assessment."}
              </p>
            )}
          </div>
        </SectionCard>
      )}

      <SectionCard id="attempt-history" title="Your attempts">
        {overview.attempts.length > 0 ? (
          <AttemptHistory assessmentId={overview.id} attempts={overview.attempts} />
        ) : (
          <p className="text-slate-700">You have not attempted this assessment yet.</p>
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
