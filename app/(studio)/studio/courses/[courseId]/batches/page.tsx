import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CalendarPlus } from "lucide-react";
import { z } from "zod";
import { formatCount } from "@/lib/domain/format-count";
import { toIstLocalInput } from "@/lib/domain/studio/batch.schema";
import { isBatchEditable, modeHasBatches } from "@/lib/domain/studio/batch-rules";
import { requirePermission } from "@/lib/server/auth/session";
import { listCourseBatches } from "@/lib/server/studio/batches/list-course-batches";
import { EmptyState } from "@/components/empty-state";
import { SectionCard } from "@/components/section-card";
import { BatchStatusBadge } from "../../../batches/batch-status-badge";
import { formatDateRange, formatSessionTime } from "../../../batches/format-ist";
import { BatchForm } from "./batch-form";
import { CancelBatchForm } from "./cancel-batch-form";
import { SessionForm } from "./session-form";

export const metadata: Metadata = { title: "Batches" };

const DISCLOSURE = "cursor-pointer min-h-11 py-2 font-semibold text-navy-800 underline-offset-2 hover:underline";

export default async function CourseBatchesPage({ params }: { params: Promise<{ courseId: string }> }) {
  const user = await requirePermission("course:author");
  const { courseId } = await params;
  if (!z.uuid().safeParse(courseId).success) notFound();
  const data = await listCourseBatches(user, courseId);
  if (!data) notFound();

  if (!modeHasBatches(data.mode)) {
    return (
      <EmptyState title="This course is taught online" icon={<CalendarPlus className="size-10" />}>
        Only blended and face-to-face courses run in batches. Change the delivery mode in the course details to schedule batches.
      </EmptyState>
    );
  }

  return (
    <div className="space-y-6">
      <h2 className="sr-only">Batches</h2>
      <SectionCard id="new-batch" title="New batch" description="Times are in IST. Learners can enrol while a batch is open and has not started.">
        <BatchForm courseId={data.courseId} submitLabel="Create batch" values={{ code: "", startsAt: "", endsAt: "", venue: "", seatLimit: "30", status: "SCHEDULED" }} />
      </SectionCard>

      {data.batches.length === 0 ? (
        <p className="text-slate-700">No batches yet.</p>
      ) : (
        data.batches.map((batch) => {
          const editable = isBatchEditable(batch.status);
          return (
            <SectionCard
              key={batch.id}
              id={`batch-${batch.id}`}
              title={`Batch ${batch.code}`}
              description={`${formatDateRange(batch.startsAt, batch.endsAt)} · ${batch.venue} · ${formatCount(batch.enrolled)} of ${formatCount(batch.seatLimit)} seats taken`}
            >
              <div className="space-y-4">
                <p className="flex flex-wrap items-center gap-2">
                  <BatchStatusBadge status={batch.status} />
                  <Link href={`/studio/batches/${batch.id}`} className="text-sm font-semibold text-navy-700 underline">
                    Attendance
                  </Link>
                </p>
                <div>
                  <h3 className="font-semibold text-navy-900">Sessions</h3>
                  {batch.sessions.length === 0 ? (
                    <p className="text-sm text-slate-700">No sessions yet.</p>
                  ) : (
                    <ol className="mt-2 space-y-2">
                      {batch.sessions.map((session) => (
                        <li key={session.id} className="rounded-md border border-slate-200 p-3">
                          <p className="font-semibold text-slate-900">{session.title}</p>
                          <p className="text-sm text-slate-700">
                            {formatSessionTime(session.startsAt, session.endsAt)}
                            {session.venue ? ` · ${session.venue}` : ""}
                            {session.facilitator ? ` · ${session.facilitator}` : ""}
                          </p>
                          {editable ? (
                            <details className="mt-2">
                              <summary className={DISCLOSURE}>Edit session “{session.title}”</summary>
                              <div className="pt-3">
                                <SessionForm
                                  batchId={batch.id}
                                  submitLabel="Save session"
                                  values={{
                                    sessionId: session.id,
                                    title: session.title,
                                    startsAt: toIstLocalInput(session.startsAt),
                                    endsAt: toIstLocalInput(session.endsAt),
                                    venue: session.venue ?? "",
                                    facilitator: session.facilitator ?? "",
                                  }}
                                />
                              </div>
                            </details>
                          ) : null}
                        </li>
                      ))}
                    </ol>
                  )}
                </div>
                {batch.emailedOfCancellation !== null ? (
                  <p role="status" className="text-sm text-slate-700">
                    {batch.emailedOfCancellation === 0
                      ? "Cancelled. Nobody was enrolled, so nobody was emailed."
                      : `Cancelled. ${formatCount(batch.emailedOfCancellation)} enrolled ${batch.emailedOfCancellation === 1 ? "official was" : "officials were"} emailed; their enrolments and attendance are kept.`}
                  </p>
                ) : null}
                {editable ? (
                  <>
                    <details>
                      <summary className={DISCLOSURE}>Add a session to {batch.code}</summary>
                      <div className="pt-3">
                        <SessionForm batchId={batch.id} submitLabel="Add session" values={{ title: "", startsAt: toIstLocalInput(batch.startsAt), endsAt: toIstLocalInput(batch.startsAt), venue: "", facilitator: "" }} />
                      </div>
                    </details>
                    <details>
                      <summary className={DISCLOSURE}>Edit batch {batch.code}</summary>
                      <div className="pt-3">
                        <BatchForm
                          courseId={data.courseId}
                          submitLabel="Save batch"
                          values={{
                            batchId: batch.id,
                            code: batch.code,
                            startsAt: toIstLocalInput(batch.startsAt),
                            endsAt: toIstLocalInput(batch.endsAt),
                            venue: batch.venue,
                            seatLimit: String(batch.seatLimit),
                            status: batch.status,
                          }}
                        />
                      </div>
                    </details>
                    <details>
                      <summary className={DISCLOSURE}>Cancel batch {batch.code}</summary>
                      <div className="pt-3">
                        <CancelBatchForm batchId={batch.id} code={batch.code} enrolled={batch.enrolled} />
                      </div>
                    </details>
                  </>
                ) : null}
              </div>
            </SectionCard>
          );
        })
      )}
    </div>
  );
}
