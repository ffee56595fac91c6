import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/back-link";
import { CalendarDays } from "lucide-react";
import { formatCount } from "@/lib/domain/format-count";
import { parsePageParam } from "@/lib/domain/pagination";
import { requirePermission } from "@/lib/server/auth/session";
import { listProviderBatches } from "@/lib/server/attendance/list-provider-batches";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { PaginationNav } from "@/components/pagination-nav";
import { SectionCard } from "@/components/section-card";
import { BatchStatusBadge } from "../batch-status-badge";
import { formatDateRange } from "../format-ist";
import { STUDIO_BATCHES_HREF, studioBatchHref } from "../hrefs";

export const metadata: Metadata = { title: "Batches and attendance" };

type BatchesPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BatchesPage({ searchParams }: BatchesPageProps) {
  const user = await requirePermission("course:author");
  const list = await listProviderBatches(user, parsePageParam((await searchParams).page));

  return (
    <div className="space-y-6">
      <BackLink href="/studio">Course studio</BackLink>
      <PageHeading
        eyebrow="Studio"
        title="Batches and attendance"
        description="Classroom batches of your blended and face-to-face courses. Open a batch to take attendance for its sessions."
      />

      {list.total === 0 ? (
        <EmptyState title="No batches with sessions" icon={<CalendarDays className="size-10" />}>
          Batches of your blended and face-to-face courses appear here once they have sessions scheduled.
        </EmptyState>
      ) : (
        <SectionCard id="batches" title={`Batches (${formatCount(list.total)})`} description="Latest first. Enrolled counts exclude officials who withdrew.">
          <div className="space-y-3">
            {/* A phone gets one card per batch; wider screens the table. */}
            <ul className="space-y-3 sm:hidden">
              {list.batches.map((batch) => (
                <li key={batch.id} className="rounded-md border border-slate-200 p-3">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <Link href={studioBatchHref(batch.id)} className="inline-flex min-h-11 items-center font-semibold text-navy-700 underline underline-offset-2">
                      {batch.code}
                    </Link>
                    <BatchStatusBadge status={batch.status} />
                  </div>
                  <p className="font-medium text-slate-900">{batch.courseTitle}</p>
                  {list.hasSeveralProviders ? <p className="text-xs text-slate-600">{batch.providerName}</p> : null}
                  <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                    <dt className="text-slate-600">Dates</dt>
                    <dd className="text-slate-800">{formatDateRange(batch.startsAt, batch.endsAt)}</dd>
                    <dt className="text-slate-600">Venue</dt>
                    <dd className="text-slate-800">{batch.venue}</dd>
                    <dt className="text-slate-600">Enrolled</dt>
                    <dd className="text-slate-800 tabular-nums">
                      {formatCount(batch.enrolled)} of {formatCount(batch.seatLimit)} seats
                    </dd>
                    <dt className="text-slate-600">Sessions</dt>
                    <dd className="text-slate-800 tabular-nums">{formatCount(batch.sessionCount)}</dd>
                  </dl>
                </li>
              ))}
            </ul>
            <div className="hidden overflow-x-auto rounded-md border border-slate-200 sm:block" tabIndex={0} role="region" aria-label="Batches table">
              <table className="w-full min-w-[44rem] text-left text-sm">
                <caption className="sr-only">Batches with sessions, latest first</caption>
                <thead className="bg-slate-50 text-slate-700">
                  <tr>
                    <th scope="col" className="px-3 py-2 font-semibold">Batch</th>
                    <th scope="col" className="px-3 py-2 font-semibold">Course</th>
                    <th scope="col" className="px-3 py-2 font-semibold">Dates</th>
                    <th scope="col" className="px-3 py-2 font-semibold">Venue</th>
                    <th scope="col" className="px-3 py-2 text-right font-semibold">Enrolled / seats</th>
                    <th scope="col" className="px-3 py-2 text-right font-semibold">Sessions</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200">
                  {list.batches.map((batch) => (
                    <tr key={batch.id}>
                      <th scope="row" className="px-3 py-2 align-top font-medium">
                        <Link href={studioBatchHref(batch.id)} className="inline-flex min-h-11 items-center font-semibold text-navy-700 underline underline-offset-2 hover:text-navy-900">
                          {batch.code}
                        </Link>
                        <div>
                          <BatchStatusBadge status={batch.status} />
                        </div>
                      </th>
                      <td className="px-3 py-2 align-top text-slate-900">
                        {batch.courseTitle}
                        {list.hasSeveralProviders ? <span className="block text-xs text-slate-600">{batch.providerName}</span> : null}
                      </td>
                      <td className="px-3 py-2 align-top whitespace-nowrap text-slate-700">{formatDateRange(batch.startsAt, batch.endsAt)}</td>
                      <td className="px-3 py-2 align-top text-slate-700">{batch.venue}</td>
                      <td className="px-3 py-2 text-right align-top tabular-nums">
                        {formatCount(batch.enrolled)} / {formatCount(batch.seatLimit)}
                      </td>
                      <td className="px-3 py-2 text-right align-top tabular-nums">{formatCount(batch.sessionCount)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <PaginationNav basePath={STUDIO_BATCHES_HREF} page={list.page} totalPages={list.totalPages} label="Batch pages" />
          </div>
        </SectionCard>
      )}
    </div>
  );
}
