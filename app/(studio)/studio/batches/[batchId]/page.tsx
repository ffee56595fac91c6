import type { Metadata } from "next";
import { BackLink } from "@/components/back-link";
import { notFound } from "next/navigation";
import { CalendarDays, MapPin, Users } from "lucide-react";
import { formatCount } from "@/lib/domain/format-count";
import { requirePermission } from "@/lib/server/auth/session";
import { getBatchAttendance } from "@/lib/server/attendance/get-batch-attendance";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { BatchStatusBadge } from "../batch-status-badge";
import { formatDateRange, formatSessionTime } from "../format-ist";
import { STUDIO_BATCHES_HREF } from "../hrefs";
import { AttendanceForm } from "./attendance-form";
import { AttendanceCounts, SessionList } from "./session-list";

export const metadata: Metadata = { title: "Batch attendance" };

type BatchPageProps = {
  params: Promise<{ batchId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function BatchAttendancePage({ params, searchParams }: BatchPageProps) {
  const user = await requirePermission("course:author");
  const [{ batchId }, query] = await Promise.all([params, searchParams]);
  const requestedSession = typeof query.session === "string" ? query.session : null;
  // Another provider's batch is "not found", exactly like a batch that does not exist.
  const view = await getBatchAttendance(user, batchId, requestedSession, new Date());
  if (!view) notFound();

  const { batch, sessions, roster } = view;
  const selected = sessions.find((session) => session.id === view.selectedSessionId) ?? null;

  return (
    <div className="space-y-6">
      <BackLink href={STUDIO_BATCHES_HREF}>All batches</BackLink>
      <PageHeading
        eyebrow={batch.courseTitle}
        title={`Batch ${batch.code}`}
        description={
          <div className="space-y-1 text-sm">
            <p className="flex flex-wrap items-center gap-2">
              <BatchStatusBadge status={batch.status} />
              <span className="inline-flex items-center gap-1.5">
                <CalendarDays aria-hidden="true" className="size-4" /> {formatDateRange(batch.startsAt, batch.endsAt)}
              </span>
            </p>
            <p className="flex items-start gap-1.5">
              <MapPin aria-hidden="true" className="mt-0.5 size-4 shrink-0" /> {batch.venue}
            </p>
            <p className="flex items-center gap-1.5">
              <Users aria-hidden="true" className="size-4" /> {formatCount(view.rosterTotal)} enrolled of {formatCount(batch.seatLimit)} seats ·{" "}
              {batch.providerName}
            </p>
          </div>
        }
      />

      <SectionCard id="sessions" title={`Sessions (${formatCount(sessions.length)})`} description="Times are in Indian Standard Time.">
        {sessions.length === 0 ? (
          <p className="text-slate-700">This batch has no sessions scheduled.</p>
        ) : (
          <SessionList batchId={batch.id} batchVenue={batch.venue} sessions={sessions} selectedSessionId={view.selectedSessionId} />
        )}
      </SectionCard>

      {selected ? (
        <section id="register" aria-labelledby="register-heading" className="scroll-mt-4 rounded-lg border border-slate-200 bg-white shadow-sm">
          <div className="space-y-1 border-b border-slate-200 px-4 py-3 sm:px-5">
            <h2 id="register-heading" className="text-lg font-semibold text-navy-900">
              Register: {selected.title}
            </h2>
            <p className="text-sm text-slate-600">{formatSessionTime(selected.startsAt, selected.endsAt)}</p>
            <AttendanceCounts session={selected} id="register-counts" />
          </div>
          <div className="p-3 sm:p-5">
            {roster.length === 0 ? (
              <EmptyState title="No officials enrolled" icon={<Users className="size-10" />}>
                Officials who enrol in this batch will appear here.
              </EmptyState>
            ) : selected.canMark ? (
              <>
                {view.rosterTotal > roster.length ? (
                  <p className="mb-3 text-sm text-amber-900">
                    Showing the first {formatCount(roster.length)} of {formatCount(view.rosterTotal)} officials, by name.
                  </p>
                ) : null}
                <AttendanceForm key={selected.id} batchId={batch.id} sessionId={selected.id} sessionTitle={selected.title} officials={roster} />
              </>
            ) : (
              <div className="space-y-3">
                <p className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-800">
                  This session has not started yet. Attendance can be taken once it begins.
                </p>
                <ul className="divide-y divide-slate-200 rounded-md border border-slate-200" aria-label="Officials enrolled">
                  {roster.map((official) => (
                    <li key={official.userId} className="p-3">
                      <p className="font-semibold text-slate-900">{official.name}</p>
                      <p className="text-sm text-slate-700">{[official.designation, official.organisationName].filter(Boolean).join(" · ")}</p>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        </section>
      ) : null}
    </div>
  );
}
