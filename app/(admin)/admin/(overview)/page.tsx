import type { Metadata } from "next";
import Link from "next/link";
import { Award, Building2, ChartColumn, CheckCircle2, GraduationCap, ShieldAlert, UserCheck, Users } from "lucide-react";
import { requirePermission } from "@/lib/server/auth/session";
import { can } from "@/lib/domain/permissions";
import { adminOrganisationRootIds } from "@/lib/server/auth/scope";
import { getOrganisationOverview } from "@/lib/server/admin/get-organisation-overview";
import { countOpenIntegrityFlags } from "@/lib/server/admin/list-integrity-flags";
import { listOrganisationOfficials, OFFICIALS_PAGE_SIZE } from "@/lib/server/admin/list-organisation-officials";
import { formatCount, percentOf } from "@/lib/domain/format-count";
import { pageCount, parsePageParam } from "@/lib/domain/pagination";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { PaginationNav } from "@/components/pagination-nav";
import { SectionCard } from "@/components/section-card";
import { StatCard, StatGrid } from "@/components/stat-card";
import { OfficialsTable } from "../officials-table";

export const metadata: Metadata = { title: "My organisation" };

type AdminHomePageProps = { searchParams: Promise<{ page?: string | string[] }> };

export default async function AdminHomePage({ searchParams }: AdminHomePageProps) {
  const user = await requirePermission("org:console");
  // Only the subtrees of the user's MDO-admin grants: this page never lists the whole government.
  const rootIds = adminOrganisationRootIds(user);

  if (rootIds.length === 0) {
    return (
      <div className="space-y-6">
        <PageHeading eyebrow="Organisation" title="My organisation" />
        <EmptyState title="You do not administer an organisation" icon={<Building2 className="size-10" />}>
          This page lists the officials of the ministry, department or organisation you administer, and your account
          has no such grant.
          {can(user, "analytics:read") ? (
            <>
              {" "}
              Government-wide figures are on the{" "}
              <Link href="/reports" className="font-semibold text-navy-700 underline">
                reports dashboard
              </Link>
              .
            </>
          ) : null}
        </EmptyState>
      </div>
    );
  }

  const page = parsePageParam((await searchParams).page);
  const [overview, officials, openFlags] = await Promise.all([
    getOrganisationOverview(user),
    listOrganisationOfficials({ user, page }),
    countOpenIntegrityFlags(user),
  ]);
  const totalPages = pageCount(overview.officials, OFFICIALS_PAGE_SIZE);
  const rootNames = overview.roots.map((root) => root.name).join(", ");

  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow="Organisation"
        title={overview.roots.length === 1 ? (overview.roots[0]?.name ?? "My organisation") : "My organisation"}
        description={
          overview.roots.length === 1 ? (
            <>
              {formatCount(overview.officials)} officials in {overview.roots[0]?.name}
              {overview.organisations === 2 ? " and the organisation under it" : ""}
              {overview.organisations > 2 ? ` and the ${formatCount(overview.organisations - 1)} organisations under it` : ""}.
            </>
          ) : (
            <>
              {formatCount(overview.officials)} officials across {formatCount(overview.organisations)} organisations under{" "}
              {rootNames}.
            </>
          )
        }
      />

      <StatGrid label="Organisation totals" columns={3}>
        <StatCard label="Officials" value={overview.officials} icon={<Users className="size-4" />} />
        <StatCard
          label="Active officials"
          value={overview.activeOfficials}
          icon={<UserCheck className="size-4" />}
          hint={`${percentOf(overview.activeOfficials, overview.officials)}% of officials`}
        />
        <StatCard label="Organisations" value={overview.organisations} icon={<Building2 className="size-4" />} />
        <StatCard label="Enrolments" value={overview.enrolments} icon={<GraduationCap className="size-4" />} />
        <StatCard
          label="Completions"
          value={overview.completions}
          icon={<CheckCircle2 className="size-4" />}
          hint={`${percentOf(overview.completions, overview.enrolments)}% of enrolments`}
        />
        <StatCard label="Certificates" value={overview.certificates} icon={<Award className="size-4" />} />
      </StatGrid>

      <section
        aria-labelledby="reports-heading"
        className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-center sm:justify-between"
      >
        <div className="flex items-start gap-3">
          <ChartColumn aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-navy-600" />
          <div>
            <h2 id="reports-heading" className="font-semibold text-navy-900">
              Reports
            </h2>
            <p className="text-sm text-slate-700">Learning, competency gaps, course performance and role fit for your organisation, with CSV downloads.</p>
          </div>
        </div>
        <Link
          href="/reports"
          className="inline-flex min-h-11 shrink-0 items-center justify-center rounded-md border border-navy-800 px-4 text-sm font-semibold text-navy-800 hover:bg-navy-50"
        >
          Open reports
        </Link>
      </section>

      <section
        aria-labelledby="integrity-heading"
        className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-center sm:justify-between"
      >
        <div className="flex items-start gap-3">
          <ShieldAlert aria-hidden="true" className={`mt-0.5 size-5 shrink-0 ${openFlags > 0 ? "text-amber-700" : "text-slate-500"}`} />
          <div>
            <h2 id="integrity-heading" className="font-semibold text-navy-900">
              Learning integrity
            </h2>
            <p className="text-sm text-slate-700">
              {openFlags === 0
                ? "No lesson is waiting for review."
                : `${formatCount(openFlags)} ${openFlags === 1 ? "lesson was" : "lessons were"} claimed far sooner than they could have been completed.`}
            </p>
          </div>
        </div>
        <Link
          href={openFlags === 0 ? "/admin/integrity/reviewed" : "/admin/integrity"}
          className="inline-flex min-h-11 shrink-0 items-center justify-center rounded-md border border-navy-800 px-4 text-sm font-semibold text-navy-800 hover:bg-navy-50"
        >
          {openFlags === 0 ? "Past reviews" : `Review ${openFlags === 1 ? "the flag" : "flags"}`}
        </Link>
      </section>

      <section
        aria-labelledby="content-requests-heading"
        className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-center sm:justify-between"
      >
        <div>
          <h2 id="content-requests-heading" className="font-semibold text-navy-900">
            Content requests
          </h2>
          <p className="text-sm text-slate-700">Ask content providers for courses on competencies your officials lack, and follow their answers.</p>
        </div>
        <Link
          href="/admin/content-requests"
          className="inline-flex min-h-11 shrink-0 items-center justify-center rounded-md border border-navy-800 px-4 text-sm font-semibold text-navy-800 hover:bg-navy-50"
        >
          Content requests
        </Link>
      </section>

      <nav aria-label="People" className="flex flex-wrap gap-3">
        <Link href="/admin/officials" className="inline-flex min-h-11 items-center justify-center rounded-md border border-navy-800 px-4 text-sm font-semibold text-navy-800 hover:bg-navy-50">
          Find and manage officials
        </Link>
        <Link href="/admin/transfers" className="inline-flex min-h-11 items-center justify-center rounded-md border border-navy-800 px-4 text-sm font-semibold text-navy-800 hover:bg-navy-50">
          Transfers and profile changes
        </Link>
        <Link href="/admin/registrations" className="inline-flex min-h-11 items-center justify-center rounded-md border border-navy-800 px-4 text-sm font-semibold text-navy-800 hover:bg-navy-50">
          Registrations
        </Link>
      </nav>

      <nav aria-label="Plan and audit" className="flex flex-wrap gap-3">
        <Link href="/admin/plan" className="inline-flex min-h-11 items-center justify-center rounded-md border border-navy-800 px-4 text-sm font-semibold text-navy-800 hover:bg-navy-50">
          Capacity-building plan
        </Link>
        <Link href="/admin/compliance" className="inline-flex min-h-11 items-center justify-center rounded-md border border-navy-800 px-4 text-sm font-semibold text-navy-800 hover:bg-navy-50">
          Plan compliance
        </Link>
        <Link href="/admin/audit" className="inline-flex min-h-11 items-center justify-center rounded-md border border-navy-800 px-4 text-sm font-semibold text-navy-800 hover:bg-navy-50">
          Audit trail
        </Link>
      </nav>

      <section
        aria-labelledby="onboarding-heading"
        className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-center sm:justify-between"
      >
        <div>
          <h2 id="onboarding-heading" className="font-semibold text-navy-900">
            Add officials from a file
          </h2>
          <p className="text-sm text-slate-700">Upload a CSV of officials; it is checked and applied in the background, row by row. Mail to your officials waits in the outbox.</p>
        </div>
        <div className="flex shrink-0 flex-wrap gap-2">
          <Link
            href="/admin/onboarding"
            className="inline-flex min-h-11 items-center justify-center rounded-md border border-navy-800 px-4 text-sm font-semibold text-navy-800 hover:bg-navy-50"
          >
            Upload officials
          </Link>
          <Link
            href="/admin/outbox"
            className="inline-flex min-h-11 items-center justify-center rounded-md border border-navy-800 px-4 text-sm font-semibold text-navy-800 hover:bg-navy-50"
          >
            Outbox
          </Link>
        </div>
      </section>

      <SectionCard id="officials" title="Officials" description={`Sorted by name, ${OFFICIALS_PAGE_SIZE} per page.`}>
        {officials.length > 0 ? (
          <div className="space-y-4">
            <OfficialsTable officials={officials} caption={`Officials, page ${page} of ${totalPages}`} />
            <PaginationNav basePath="/admin" page={page} totalPages={totalPages} label="Officials pages" />
          </div>
        ) : overview.officials > 0 ? (
          <p className="text-slate-700">
            There is no page {formatCount(page)}.{" "}
            <Link href="/admin" className="font-semibold text-navy-700 underline">
              Go to the first page
            </Link>
            .
          </p>
        ) : (
          <p className="text-slate-700">No officials are recorded in your organisation yet.</p>
        )}
      </SectionCard>
    </div>
  );
}
