import type { Metadata } from "next";
import Link from "next/link";
import { formatCount } from "@/lib/domain/format-count";
import { formatLevels, formatShare } from "@/lib/domain/reports/format-report";
import { reportHref, type ReportSearchParams } from "@/lib/domain/reports/report-filters.schema";
import { getGapClosingCourses } from "@/lib/server/reports/get-gap-closing-courses";
import { getGapReport } from "@/lib/server/reports/get-gap-report";
import { loadReportPageContext } from "@/lib/server/reports/report-page-context";
import { can } from "@/lib/domain/permissions";
import { getCurrentUser } from "@/lib/server/auth/session";
import { newContentRequestHref } from "@/app/(admin)/admin/content-requests/hrefs";
import { DataTable, TD, TD_NUMBER, TH, TH_NUMBER } from "@/components/data-table";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { StatusBadge } from "@/components/status-badge";
import { ExportLink } from "@/components/reports/export-link";
import { GapHeatmap } from "@/components/reports/gap-heatmap";
import { ReportFiltersForm } from "@/components/reports/report-filters-form";
import { ReportNav } from "@/components/reports/report-nav";
import { ScopeTrail } from "@/components/reports/scope-trail";

export const metadata: Metadata = { title: "Competency gaps" };

const TYPE_LABELS: Record<string, string> = { BEHAVIOURAL: "Behavioural", FUNCTIONAL: "Functional", DOMAIN: "Domain" };

export default async function GapReportPage({ searchParams }: { searchParams: Promise<ReportSearchParams> }) {
  const { scope, canSeeGovernment, roles } = await loadReportPageContext(await searchParams);
  const report = await getGapReport(scope, { matrixColumns: 16 });
  const closing = await getGapClosingCourses(report.buckets);
  const { filters } = scope;
  const groupLabel = scope.isGovernment ? "Ministry" : "Organisation";
  // MDO admins ask providers for the missing course straight from its row.
  const canRequestContent = can(await getCurrentUser(), "content:request");
  const requestOrganisationId = scope.focus?.id ?? (scope.rootIds?.length === 1 ? scope.rootIds[0] : undefined);

  return (
    <div className="space-y-6">
      <ScopeTrail scope={scope} basePath="/reports/gaps" canSeeGovernment={canSeeGovernment} />
      <PageHeading
        eyebrow="Competency-gap report"
        title={scope.title}
        description={
          <>
            What the FRAC posts of {scope.isGovernment ? "the government's" : "this organisation's"} active officials require, against the levels they hold from
            verified evidence (courses, assessments, institutes, supervisors; self-declared levels never count).
            {scope.role ? ` Officials holding “${scope.role.name}”.` : ""}
          </>
        }
      />
      <ReportNav current="gaps" filters={filters} />
      <ReportFiltersForm action="/reports/gaps" filters={filters} roles={roles} />

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label="Readiness">
        {[
          ["Requirements", formatCount(report.readiness.requirements), "official × competency"],
          ["Fully met", formatShare(report.readiness.metShare), `${formatCount(report.readiness.met)} requirements`],
          ["Levels held", formatShare(report.readiness.gapWeighted), "of the levels required"],
          ["Competencies short", formatCount(report.competencies.filter((row) => row.withGap > 0).length), `of ${formatCount(report.competencies.length)} required`],
        ].map(([label, value, hint]) => (
          <div key={label} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <dt className="text-sm font-medium text-slate-600">{label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums text-navy-900">{value}</dd>
            <dd className="mt-1 text-xs text-slate-600">{hint}</dd>
          </div>
        ))}
      </dl>

      <SectionCard id="by-competency" title="By competency" description="Largest gaps first: levels missing across every official who needs the competency.">
        {report.competencies.length > 0 ? (
          <div className="space-y-3">
            <DataTable caption="Competency gaps by competency" minWidth="min-w-[52rem]">
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className={`${TH} sticky left-0 z-10 min-w-52 bg-slate-50`}>Competency</th>
                  <th scope="col" className={TH}>Type</th>
                  <th scope="col" className={TH_NUMBER}>Officials who need it</th>
                  <th scope="col" className={TH_NUMBER}>Meet it</th>
                  <th scope="col" className={TH_NUMBER}>With a gap</th>
                  <th scope="col" className={TH_NUMBER}>Mean gap</th>
                  <th scope="col" className={TH_NUMBER}>Levels missing</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {report.competencies.map((row) => (
                  <tr key={row.competencyId}>
                    <th scope="row" className="sticky left-0 z-10 bg-white px-3 py-2 text-left font-medium text-slate-900">
                      {row.competency.name}
                      <span className="block text-xs font-normal text-slate-600">{row.competency.area}</span>
                    </th>
                    <td className={TD}>{TYPE_LABELS[row.competency.type] ?? row.competency.type}</td>
                    <td className={TD_NUMBER}>{formatCount(row.needing)}</td>
                    <td className={TD_NUMBER}>{formatShare(row.meetShare)}</td>
                    <td className={TD_NUMBER}>{formatCount(row.withGap)}</td>
                    <td className={TD_NUMBER}>{formatLevels(row.meanGap)}</td>
                    <td className={TD_NUMBER}>{formatCount(row.levelsMissing)}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
            <ExportLink report="gaps" filters={filters} />
          </div>
        ) : (
          <p className="text-sm text-slate-700">No official in this scope holds a FRAC post with requirements yet.</p>
        )}
      </SectionCard>

      <SectionCard id="matrix" title={`${groupLabel} × competency`} description="Mean gap in levels per official who needs the competency.">
        <div className="space-y-3">
          <GapHeatmap matrix={report.matrix} filters={filters} groupLabel={groupLabel} />
          <ExportLink report="matrix" filters={filters} />
        </div>
      </SectionCard>

      <SectionCard id="closing-courses" title="Courses that close these gaps" description="Published courses ranked by the levels of gap they would close here if every official who needs them took them.">
        {closing.courses.length > 0 ? (
          <ol className="space-y-3">
            {closing.courses.map((course, index) => (
              <li key={course.courseId} className="rounded-md border border-slate-200 p-3">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <Link href={`/learn/courses/${course.slug}`} className="font-semibold text-navy-700 underline underline-offset-2">
                    {index + 1}. {course.title}
                  </Link>
                  <span className="text-sm text-slate-700">{course.providerName}</span>
                </div>
                <p className="mt-1 text-sm text-slate-700">
                  Closes {formatCount(course.levelsClosed)} levels of gap: narrows {formatCount(course.officialsHelped)} officials&apos; gaps
                  {course.officialsClosed > 0 ? ` and closes ${formatCount(course.officialsClosed)} of them fully` : ""} · {course.competencyNames.join(", ")}
                  {course.ratingAverage !== null ? ` · ${course.ratingAverage.toFixed(1)}★` : ""}
                </p>
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-slate-700">No published course closes a gap here.</p>
        )}
      </SectionCard>

      <SectionCard id="content-needed" title="Content needed" description="Required levels that no published course imparts: the gaps no course can close yet, for content providers.">
        {closing.contentNeeded.length > 0 ? (
          <div className="space-y-3">
            <DataTable caption="Content needed" minWidth="min-w-[36rem]">
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className={TH}>Competency</th>
                  <th scope="col" className={TH_NUMBER}>Level needed</th>
                  <th scope="col" className={TH_NUMBER}>Officials waiting</th>
                  <th scope="col" className={TH}>Best available</th>
                  {canRequestContent ? <th scope="col" className={TH}><span className="sr-only">Request</span></th> : null}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {closing.contentNeeded.map((row) => (
                  <tr key={`${row.competencyId}:${row.requiredLevel}`}>
                    <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">
                      {row.competency.name}
                    </th>
                    <td className={TD_NUMBER}>{row.requiredLevel}</td>
                    <td className={TD_NUMBER}>{formatCount(row.officialsWaiting)}</td>
                    <td className={TD}>
                      {row.bestAvailableLevel > 0 ? `Courses reach level ${row.bestAvailableLevel}` : <StatusBadge tone="red">No course at all</StatusBadge>}
                    </td>
                    {canRequestContent ? (
                      <td className={TD}>
                        <Link
                          href={newContentRequestHref({ competencyId: row.competencyId, level: row.requiredLevel, officialsInNeed: row.officialsWaiting, organisationId: requestOrganisationId })}
                          className="font-semibold whitespace-nowrap text-navy-700 underline underline-offset-2"
                          aria-label={`Request content: ${row.competency.name}, level ${row.requiredLevel}`}
                        >
                          Request content
                        </Link>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </DataTable>
            <ExportLink report="content-needed" filters={filters} />
          </div>
        ) : (
          <p className="text-sm text-slate-700">Every required level here has at least one published course.</p>
        )}
      </SectionCard>
      <p className="text-sm text-slate-700">
        <Link href={reportHref("/reports", filters)} className="font-semibold text-navy-700 underline underline-offset-2">
          Back to the dashboard
        </Link>
      </p>
    </div>
  );
}
