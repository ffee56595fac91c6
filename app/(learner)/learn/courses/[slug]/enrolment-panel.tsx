import Link from "next/link";
import { Award, CalendarDays, CheckCircle2, MapPin, PlayCircle } from "lucide-react";
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
  return (
    <section aria-labelledby="enrolment-panel-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <h2 id="enrolment-panel-title" className="sr-only">
        Your enrolment
      </h2>
      {children}
    </section>
  );
}

/** Enrol / continue / completed / re-enrol, for the course page. Reads the signed-in official itself. */
export async function EnrolmentPanel({ courseId, slug }: { courseId: string; slug: string }) {
  const user = await getCurrentUser();
  if (!user || !can(user, "learning:own")) {
    return (
      <Panel>
        <p className="text-slate-700">Sign in with your government account to enrol in this course.</p>
        <Link href={await signInPath()} className={PRIMARY_LINK}>
          Sign in to enrol
        </Link>
      </Panel>
    );
  }

  const data = await getEnrolmentPanel(user.id, courseId);
  if (!data) return null;
  const { course, enrolment, batches } = data;

  if (enrolment && (enrolment.status === "ENROLLED" || enrolment.status === "IN_PROGRESS")) {
    const hasStarted = enrolment.status === "IN_PROGRESS";
    return (
      <Panel>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="font-semibold text-navy-900">You are enrolled</p>
          <StatusBadge tone={hasStarted ? "navy" : "neutral"}>{hasStarted ? "In progress" : "Not started"}</StatusBadge>
        </div>
        <ProgressBar value={enrolment.progressPercent} label="Your progress in this course" />
        {enrolment.batch ? (
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
            <span className="inline-flex items-center gap-1">
              <CalendarDays aria-hidden="true" className="size-4" /> Batch {enrolment.batch.code}, from{" "}
              <time dateTime={isoDate(enrolment.batch.startsAt)}>{formatDate(enrolment.batch.startsAt)}</time>
            </span>
            <span className="inline-flex items-center gap-1">
              <MapPin aria-hidden="true" className="size-4" /> {enrolment.batch.venue}
            </span>
          </p>
        ) : null}
        {/* Stacked at every width: on wide screens the panel sits in the course page's narrow side column. */}
        <div className="flex flex-col gap-3">
          {enrolment.nextLessonId ? (
            <Link href={lessonPlayerHref(slug, enrolment.nextLessonId)} className={PRIMARY_LINK}>
              <PlayCircle aria-hidden="true" className="size-4" /> {hasStarted ? "Continue learning" : "Start the course"}
            </Link>
          ) : (
            <p className="text-sm text-slate-700">This course has no lessons yet.</p>
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
          <CheckCircle2 aria-hidden="true" className="size-5" /> You have completed this course
        </p>
        <ProgressBar value={100} label="Your progress in this course" tone="green" />
        <div className="flex flex-col gap-2">
          {enrolment.certificateCode ? (
            <Link href={certificateHref(enrolment.certificateCode)} className={PRIMARY_LINK}>
              <Award aria-hidden="true" className="size-4" /> View certificate
            </Link>
          ) : null}
          <Link href={courseReviewHref(slug)} className={SECONDARY_LINK}>
            Rate this course
          </Link>
          {enrolment.nextLessonId ? (
            <Link href={lessonPlayerHref(slug, enrolment.nextLessonId)} className={SECONDARY_LINK}>
              Revisit the lessons
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
        <p className="text-slate-700">
          {isWithdrawn ? "You withdrew from this course, and it" : "This course"} is not open for enrolment at the moment.
        </p>
      </Panel>
    );
  }

  const needsBatch = course.mode === "FACE_TO_FACE" || (course.mode === "BLENDED" && batches.some((batch) => batch.isJoinable));
  return (
    <Panel>
      {isWithdrawn ? (
        <p className="text-slate-700">
          You withdrew from this course. Enrol again to pick up where you left off: your completed lessons are kept.
        </p>
      ) : null}
      <EnrolForm
        courseId={course.id}
        slug={slug}
        submitLabel={isWithdrawn ? "Enrol again" : "Enrol in this course"}
        needsBatch={needsBatch}
        batches={batches.map((batch) => ({
          id: batch.id,
          code: batch.code,
          dates: `${formatDate(batch.startsAt)} – ${formatDate(batch.endsAt)}`,
          venue: batch.venue,
          seatsLeft: batch.seatsLeft,
          isJoinable: batch.isJoinable,
        }))}
      />
    </Panel>
  );
}
