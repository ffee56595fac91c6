import type { Metadata } from "next";
import Link from "next/link";
import { Inbox, Plus } from "lucide-react";
import { formatCount } from "@/lib/domain/format-count";
import { formatDate } from "@/lib/domain/format-date";
import { movesFrom } from "@/lib/domain/studio/content-request-rules";
import { requirePermission } from "@/lib/server/auth/session";
import { listOrganisationContentRequests } from "@/lib/server/content-requests/list-organisation-content-requests";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { newContentRequestHref } from "./hrefs";
import { RequestStatusBadge } from "./request-status-badge";
import { WithdrawForm } from "./withdraw-form";
import { PRIMARY_BUTTON } from "@/components/ui-classes";

export const metadata: Metadata = { title: "Content requests" };

export default async function ContentRequestsPage({ searchParams }: { searchParams: Promise<{ sent?: string }> }) {
  const user = await requirePermission("content:request");
  const [requests, { sent }] = await Promise.all([listOrganisationContentRequests(user), searchParams]);
  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow="My organisation"
        title="Content requests"
        description="Ask content providers for a course on a competency your officials lack, and follow what they answer."
        actions={
          <Link href={newContentRequestHref()} className={PRIMARY_BUTTON}>
            <Plus aria-hidden="true" className="size-4" /> Request content
          </Link>
        }
      />
      {sent ? (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-sm font-semibold text-green-900">
          Request sent. Providers see it in their studio.
        </p>
      ) : null}
      {requests.length === 0 ? (
        <EmptyState title="No requests yet" icon={<Inbox className="size-10" />}>
          The competency-gap report lists the levels no published course imparts; request content from there or with the button above.
        </EmptyState>
      ) : (
        <ul className="space-y-3" aria-label="Your requests">
          {requests.map((request) => (
            <li key={request.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <h2 className="font-semibold text-navy-900">
                    {request.competency.name} · level {request.level}
                  </h2>
                  <p className="text-sm text-slate-700">
                    For {request.organisation.name}
                    {request.officialsInNeed !== null ? ` · ${formatCount(request.officialsInNeed)} officials in need` : ""} · asked {formatDate(request.createdAt, "en")}
                    {request.requestedBy ? ` by ${request.requestedBy.name}` : ""}
                  </p>
                </div>
                <RequestStatusBadge status={request.status} />
              </div>
              {request.note ? <p className="mt-2 text-sm whitespace-pre-line text-slate-800">{request.note}</p> : null}
              {request.provider ? (
                <p className="mt-2 text-sm text-slate-800">
                  <span className="font-semibold">{request.provider.name}</span>
                  {request.response ? `: “${request.response}”` : ""}
                </p>
              ) : null}
              {request.course ? (
                <p className="mt-1 text-sm">
                  Course:{" "}
                  <Link href={`/learn/courses/${request.course.slug}`} className="font-semibold text-navy-700 underline">
                    {request.course.title}
                  </Link>
                </p>
              ) : null}
              {movesFrom(request.status).includes("WITHDRAW") ? (
                <div className="mt-3">
                  <WithdrawForm requestId={request.id} label={`${request.competency.name}, level ${request.level}`} />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
