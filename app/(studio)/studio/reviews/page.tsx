import type { Metadata } from "next";
import Link from "next/link";
import { ClipboardCheck, Users } from "lucide-react";
import { can } from "@/lib/domain/permissions";
import { formatCount } from "@/lib/domain/format-count";
import { formatDate, isoDate } from "@/lib/domain/format-date";
import { parseQueueFilters, waitingLabel, type QueueFacets, type QueueFilters } from "@/lib/domain/studio/review-queue";
import { REVIEW_STAGE_LABELS } from "@/lib/domain/studio/review-routing";
import { requirePermission } from "@/lib/server/auth/session";
import { listReviewQueue, type ReviewQueueEntry } from "@/lib/server/studio/review/list-review-queue";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { StatusBadge } from "@/components/status-badge";
import { REVIEWER_GROUPS_HREF, REVIEW_QUEUE_HREF, reviewHref } from "./hrefs";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui-classes";

export const metadata: Metadata = { title: "Review queue" };

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewQueuePage({ searchParams }: PageProps) {
  const user = await requirePermission("course:review");
  const filters = parseQueueFilters(await searchParams);
  const queue = await listReviewQueue(user, filters);
  const now = new Date();
  const isFiltered = Object.values(filters).some((value) => value !== null);

  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow="Studio"
        title="Review queue"
        description={
          queue.total === 0
            ? "Courses routed to your reviewer groups appear here, oldest first."
            : `${formatCount(queue.total)} ${queue.total === 1 ? "course version is" : "course versions are"} waiting for your reviewer groups, oldest first.`
        }
        actions={
          can(user, "review:manage") ? (
            <Link href={REVIEWER_GROUPS_HREF} className={SECONDARY_BUTTON}>
              <Users aria-hidden="true" className="size-4" /> Reviewer groups and stages
            </Link>
          ) : null
        }
      />

      {queue.total > 0 ? <QueueFilterForm filters={filters} facets={queue.facets} isFiltered={isFiltered} /> : null}

      {queue.total === 0 ? (
        <EmptyState title="Nothing to review" icon={<ClipboardCheck className="size-10" />}>
          No course is waiting for a group you belong to. When a provider submits a course routed to your group, it appears here.
        </EmptyState>
      ) : queue.entries.length === 0 ? (
        <EmptyState title="No reviews match these filters" icon={<ClipboardCheck className="size-10" />} action={<Link href={REVIEW_QUEUE_HREF} className={SECONDARY_BUTTON}>Show every review</Link>}>
          Change or clear the filters to see the rest of the queue.
        </EmptyState>
      ) : (
        <section aria-labelledby="queue-heading" className="space-y-3">
          <h2 id="queue-heading" className="text-lg font-semibold text-navy-900">
            {isFiltered ? `${formatCount(queue.entries.length)} of ${formatCount(queue.total)} shown` : "Waiting for review"}
          </h2>
          <ul className="space-y-3">
            {queue.entries.map((entry) => (
              <QueueCard key={entry.reviewId} entry={entry} now={now} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function QueueCard({ entry, now }: { entry: ReviewQueueEntry; now: Date }) {
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="min-w-0 text-base font-semibold text-navy-900">
          <Link href={reviewHref(entry.reviewId)} className="underline-offset-2 hover:underline">
            {entry.courseTitle}
          </Link>
        </h3>
        <StatusBadge tone={entry.stage === "MDO_APPROVAL" ? "navy" : "amber"}>{REVIEW_STAGE_LABELS[entry.stage]}</StatusBadge>
      </div>
      <p className="mt-1 text-sm text-slate-700">
        {entry.provider.name}
        {entry.organisation ? <> · for {entry.organisation.name}</> : null}
      </p>
      <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
        <div>
          <dt className="sr-only">Version and round</dt>
          <dd>
            Version {entry.version}, round {entry.round}
          </dd>
        </div>
        <div>
          <dt className="sr-only">Competency area</dt>
          <dd>{entry.area ?? "No competency area"}</dd>
        </div>
        <div>
          <dt className="sr-only">Group</dt>
          <dd>{entry.groupName}</dd>
        </div>
        <div>
          <dt className="sr-only">Waiting</dt>
          <dd className="font-semibold text-amber-900">
            <time dateTime={isoDate(entry.waitingSince)} title={formatDate(entry.waitingSince)}>
              {waitingLabel(entry.waitingSince, now)}
            </time>
          </dd>
        </div>
      </dl>
    </li>
  );
}

function QueueFilterForm({ filters, facets, isFiltered }: { filters: QueueFilters; facets: QueueFacets; isFiltered: boolean }) {
  const selects = [
    { name: "stage", label: "Stage", value: filters.stage, options: facets.stage },
    { name: "area", label: "Competency area", value: filters.area, options: facets.area },
    { name: "organisation", label: "Organisation", value: filters.organisationId, options: facets.organisation },
    { name: "provider", label: "Provider", value: filters.providerId, options: facets.provider },
  ];
  return (
    <form method="get" action={REVIEW_QUEUE_HREF} aria-label="Filter the queue" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {selects.map((select) => (
          <div key={select.name}>
            <label htmlFor={`filter-${select.name}`} className="block text-sm font-semibold text-slate-800">
              {select.label}
            </label>
            <select
              id={`filter-${select.name}`}
              name={select.name}
              defaultValue={select.value ?? ""}
              className="mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 text-base"
            >
              <option value="">All</option>
              {select.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label} ({formatCount(option.count)})
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" className={PRIMARY_BUTTON}>
          Apply filters
        </button>
        {isFiltered ? (
          <Link href={REVIEW_QUEUE_HREF} className="inline-flex min-h-11 items-center text-sm font-semibold text-navy-700 underline">
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}
