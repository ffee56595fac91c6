import type { Metadata } from "next";
import Link from "next/link";
import { Inbox } from "lucide-react";
import { formatCount } from "@/lib/domain/format-count";
import { formatDate } from "@/lib/domain/format-date";
import { requirePermission } from "@/lib/server/auth/session";
import type { ContentRequestRow } from "@/lib/server/content-requests/content-request-select";
import { listProviderContentRequests } from "@/lib/server/content-requests/list-provider-content-requests";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { RequestStatusBadge } from "@/app/(admin)/admin/content-requests/request-status-badge";
import { ResponseForm } from "./response-form";

export const metadata: Metadata = { title: "Content requests" };

export default async function StudioRequestsPage() {
  const user = await requirePermission("course:author");
  const { open, mine, publishedCourses } = await listProviderContentRequests(user);
  return (
    <div className="space-y-6">
      <PageHeading eyebrow="Studio" title="Content requests" description="Ministries and departments ask for courses on competencies their officials lack. Take one on, or say why you cannot." />
      <SectionCard id="open-requests" title={`Open requests (${formatCount(open.length)})`}>
        {open.length === 0 ? (
          <EmptyState title="No open requests" icon={<Inbox className="size-10" />}>
            New requests from MDO admins appear here.
          </EmptyState>
        ) : (
          <ul className="space-y-3">
            {open.map((request) => (
              <RequestCard key={request.id} request={request}>
                <div className="grid gap-4 md:grid-cols-2">
                  <ResponseForm requestId={request.id} move="ACCEPT" label="Accept" />
                  <ResponseForm requestId={request.id} move="DECLINE" label="Decline" />
                </div>
              </RequestCard>
            ))}
          </ul>
        )}
      </SectionCard>
      <SectionCard id="my-requests" title={`Taken on or answered by you (${formatCount(mine.length)})`}>
        {mine.length === 0 ? (
          <p className="text-sm text-slate-700">Requests you accept appear here until you link the course that fulfils them.</p>
        ) : (
          <ul className="space-y-3">
            {mine.map((request) => (
              <RequestCard key={request.id} request={request}>
                {request.status === "ACCEPTED" ? (
                  <div className="grid gap-4 md:grid-cols-2">
                    <ResponseForm requestId={request.id} move="FULFIL" label="Mark fulfilled" courses={publishedCourses} />
                    <ResponseForm requestId={request.id} move="DECLINE" label="Decline after all" />
                  </div>
                ) : null}
              </RequestCard>
            ))}
          </ul>
        )}
      </SectionCard>
    </div>
  );
}

function RequestCard({ request, children }: { request: ContentRequestRow; children: React.ReactNode }) {
  return (
    <li className="rounded-md border border-slate-200 p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="font-semibold text-navy-900">
            {request.competency.name} · level {request.level}
          </h3>
          <p className="text-sm text-slate-700">
            {request.organisation.name}
            {request.officialsInNeed !== null ? ` · ${formatCount(request.officialsInNeed)} officials in need` : ""} · asked {formatDate(request.createdAt, "en")}
          </p>
        </div>
        <RequestStatusBadge status={request.status} />
      </div>
      {request.note ? <p className="mt-2 text-sm whitespace-pre-line text-slate-800">{request.note}</p> : null}
      {request.response ? <p className="mt-2 text-sm text-slate-800">Your reply: “{request.response}”</p> : null}
      {request.course ? (
        <p className="mt-1 text-sm">
          Fulfilled by{" "}
          <Link href={`/learn/courses/${request.course.slug}`} className="font-semibold text-navy-700 underline">
            {request.course.title}
          </Link>
        </p>
      ) : null}
      <div className="mt-3">{children}</div>
    </li>
  );
}
