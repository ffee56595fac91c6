import type { Metadata } from "next";
import { Download, FileJson } from "lucide-react";
import { requirePermission } from "@/lib/server/auth/session";
import { getLearningRecordSummary } from "@/lib/server/learner/get-learning-record-summary";
import { formatCount } from "@/lib/domain/format-count";
import { formatDate, isoDate } from "@/lib/domain/format-date";
import { LEARNING_RECORD_EXPORT_HREF } from "@/lib/domain/routes";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";

export const metadata: Metadata = { title: "Your learning record" };

const OBJECT_LABELS: Record<string, string> = { course: "Course", lesson: "Lesson", assessment: "Assessment", session: "Session" };

export default async function LearningRecordPage() {
  const user = await requirePermission("learning:own");
  const summary = await getLearningRecordSummary(user.id);

  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow="Learning record"
        title="Take your learning record with you"
        description="Every enrolment, lesson, assessment and rating is kept as an xAPI statement. Download yours to keep it, or to load it into another Learning Record Store."
      />

      <SectionCard id="download" title="Download">
        <div className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
          <div className="text-slate-700">
            <p>
              <strong className="text-navy-900">{formatCount(summary.total)}</strong> {summary.total === 1 ? "statement" : "statements"}
              {summary.firstAt ? (
                <>
                  {" "}
                  since <time dateTime={isoDate(summary.firstAt)}>{formatDate(summary.firstAt)}</time>
                </>
              ) : null}
              .
            </p>
            <p className="mt-1 text-sm text-slate-600">
              A JSON file of xAPI 1.0.3 statements, oldest first. It holds your name and email address: keep it safe.
            </p>
          </div>
          {/* A plain link: the browser downloads the file itself, with or without JavaScript. */}
          <a
            href={LEARNING_RECORD_EXPORT_HREF}
            download
            className="inline-flex min-h-11 shrink-0 items-center justify-center gap-2 rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700"
          >
            <Download aria-hidden="true" className="size-4" /> Download xAPI file
          </a>
        </div>
      </SectionCard>

      {summary.recent.length === 0 ? (
        <EmptyState title="Nothing recorded yet" icon={<FileJson className="size-10" />}>
          Your record starts the moment you enrol in a course.
        </EmptyState>
      ) : (
        <SectionCard id="recent" title="Most recent activity">
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Your ten most recent learning record statements</caption>
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-4 font-semibold">
                    When
                  </th>
                  <th scope="col" className="py-2 pr-4 font-semibold">
                    What
                  </th>
                  <th scope="col" className="py-2 font-semibold">
                    Activity
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {summary.recent.map((row) => (
                  <tr key={row.id}>
                    <td className="py-2 pr-4 whitespace-nowrap text-slate-700">
                      <time dateTime={row.timestamp.toISOString()}>{formatDate(row.timestamp)}</time>
                    </td>
                    <td className="py-2 pr-4 font-medium text-navy-900 capitalize">{row.verb}</td>
                    <td className="py-2 text-slate-800">
                      <span className="text-slate-600">{OBJECT_LABELS[row.objectType] ?? row.objectType}:</span> {row.objectName ?? "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </SectionCard>
      )}
    </div>
  );
}
