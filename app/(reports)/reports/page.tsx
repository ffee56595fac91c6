import type { Metadata } from "next";
import Link from "next/link";
import { Award, CheckCircle2, Clock, GraduationCap, UserCheck, Users } from "lucide-react";
import { formatCount } from "@/lib/domain/format-count";
import { formatDateTime } from "@/lib/domain/format-date";
import { pageCount, parsePageParam } from "@/lib/domain/pagination";
import { formatHours, formatLevels, formatShare } from "@/lib/domain/reports/format-report";
import { reportHref, type ReportSearchParams } from "@/lib/domain/reports/report-filters.schema";
import { getActivityReport } from "@/lib/server/reports/get-activity-report";
import { getCoursePerformance } from "@/lib/server/reports/get-course-performance";
import { getGapReport } from "@/lib/server/reports/get-gap-report";
import { listScopeOfficials, SCOPE_OFFICIALS_PAGE_SIZE } from "@/lib/server/reports/list-scope-officials";
import { loadReportPageContext } from "@/lib/server/reports/report-page-context";
import { PageHeading } from "@/components/page-heading";
import { PaginationNav } from "@/components/pagination-nav";
import { SectionCard } from "@/components/section-card";
import { StatCard, StatGrid } from "@/components/stat-card";
import { ChartFigure } from "@/components/reports/chart-figure";
import { ExportLink } from "@/components/reports/export-link";
import { GapHeatmap } from "@/components/reports/gap-heatmap";
import { ReportFiltersForm } from "@/components/reports/report-filters-form";
import { ReportNav } from "@/components/reports/report-nav";
import { ScopeTrail } from "@/components/reports/scope-trail";
import { GroupActivityTable } from "./group-activity-table";
import { LearningWeekCard } from "./learning-week-card";
import { ScopeOfficialsTable } from "./scope-officials-table";

export const metadata: Metadata = { title: "Reports" };

const WEEK_LABEL = new Intl.DateTimeFormat("en-IN", { day: "numeric", month: "short", timeZone: "UTC" });
const MONTH_LABEL = new Intl.DateTimeFormat("en-IN", { month: "short", year: "2-digit", timeZone: "UTC" });

export default async function ReportsDashboardPage({ searchParams }: { searchParams: Promise<ReportSearchParams> }) {
  const params = await searchParams;
  const { scope, canSeeGovernment, roles } = await loadReportPageContext(params);
  const page = parsePageParam(params.page);
  const now = new Date();
  // The whole government's officials are listed per ministry, never as one list of millions.
  const listsOfficials = !!scope.focus;
  const [activity, gaps, courses, officials] = await Promise.all([
    getActivityReport(scope, now),
    getGapReport(scope),
    getCoursePerformance(scope, { pageSize: 5 }),
    listsOfficials ? listScopeOfficials(scope, { page }) : null,
  ]);
  const groupLabel = scope.focus ? "Organisation" : scope.isGovernment ? "Ministry" : "Organisation";
  const { filters } = scope;

  return (
    <div className="space-y-6">
      <ScopeTrail scope={scope} basePath="/reports" canSeeGovernment={canSeeGovernment} />
      <PageHeading
        eyebrow={scope.isGovernment ? "Government dashboard" : "Organisation reports"}
        title={scope.title}
        description={
          <>
            Learning and competency gaps {scope.isGovernment ? "across every ministry" : "across this organisation and everything under it"}
            {scope.role ? `, for officials holding the FRAC role “${scope.role.name}”` : ""}
            {filters.designation ? `, designation “${filters.designation}”` : ""}
            {filters.serviceGroup ? `, Group ${filters.serviceGroup}` : ""}.{" "}
            {activity.refreshedEveryMinutes === null ? (
              <>Figures are kept up to date as officials learn: they include everything recorded before {formatDateTime(now)} IST.</>
            ) : (
              <>
                Competency gaps and courses include everything recorded before {formatDateTime(now)} IST. Learning activity across the whole government is recounted at
                most every {activity.refreshedEveryMinutes} minutes: these figures are as of {formatDateTime(activity.asOf)} IST.
              </>
            )}
          </>
        }
      />
      <ReportNav current="dashboard" filters={filters} />
      <ReportFiltersForm action="/reports" filters={filters} roles={roles} />

      <StatGrid label="Totals" columns={3}>
        <StatCard label="Registered officials" value={activity.officials} icon={<Users className="size-4" />} hint={`${formatCount(activity.activeOfficials)} active accounts`} />
        <StatCard
          label="Learning this week"
          value={activity.thisWeek.activeLearners}
          icon={<UserCheck className="size-4" />}
          hint={`${formatCount(activity.thisMonth.activeLearners)} this month`}
        />
        <StatCard label="Enrolments" value={activity.allTime.enrolments} icon={<GraduationCap className="size-4" />} hint={`${formatCount(activity.thisMonth.enrolments)} this month`} />
        <StatCard
          label="Completions"
          value={activity.allTime.completions}
          icon={<CheckCircle2 className="size-4" />}
          hint={`${formatShare(activity.allTime.enrolments ? activity.allTime.completions / activity.allTime.enrolments : 0)} of enrolments`}
        />
        <StatCard label="Learning hours" value={Math.round(activity.allTime.learningSeconds / 3600)} icon={<Clock className="size-4" />} hint={`${formatHours(activity.thisMonth.learningSeconds)} this month`} />
        <StatCard label="Certificates" value={activity.allTime.certificates} icon={<Award className="size-4" />} hint={`${formatCount(activity.thisMonth.certificates)} this month`} />
      </StatGrid>
      {filters.roleId || filters.designation || filters.serviceGroup ? (
        <p className="text-sm text-slate-700">Learning figures are kept per organisation, so the role, designation and group filters narrow the competency figures only.</p>
      ) : null}

      <LearningWeekCard activity={activity} />

      <SectionCard id="trends" title="Over time" description="Weeks start on Monday (IST); the last point is the week or month in progress.">
        <div className="grid gap-6 lg:grid-cols-2">
          <ChartFigure
            title="Last 12 weeks"
            points={activity.weekly.map((point) => ({
              label: WEEK_LABEL.format(point.periodStart),
              enrolments: point.enrolments,
              completions: point.completions,
              active: point.activeLearners,
            }))}
            series={[
              { key: "active", label: "Officials learning", color: "#233d6b" },
              { key: "enrolments", label: "Enrolments", color: "#f0831a" },
              { key: "completions", label: "Completions", color: "#138808" },
            ]}
          />
          <ChartFigure
            title="Learning hours, last 12 months"
            kind="bar"
            points={activity.monthly.map((point) => ({
              label: MONTH_LABEL.format(point.periodStart),
              hours: Math.round(point.learningSeconds / 3600),
              linked: Math.round(point.competencyLinkedSeconds / 3600),
            }))}
            series={[
              { key: "hours", label: "All learning", color: "#233d6b" },
              { key: "linked", label: "Competency-linked", color: "#f0831a" },
            ]}
          />
        </div>
        <div className="mt-4 flex flex-wrap gap-2">
          <ExportLink report="activity" filters={filters}>
            Weekly and monthly figures (CSV)
          </ExportLink>
        </div>
      </SectionCard>

      <SectionCard id="by-group" title={scope.isGovernment ? "By ministry" : "By organisation"} description="Each row counts its whole subtree; open one to drill down.">
        {activity.byGroup.length > 0 ? (
          <div className="space-y-3">
            <GroupActivityTable rows={activity.byGroup} filters={filters} groupLabel={groupLabel} />
            <ExportLink report="groups" filters={filters} />
          </div>
        ) : (
          <p className="text-sm text-slate-700">No organisations under this one.</p>
        )}
      </SectionCard>

      <SectionCard
        id="heatmap"
        title="Competency gaps"
        description={`Readiness ${formatShare(gaps.readiness.gapWeighted)}: officials hold that share of the levels their posts require (${formatShare(gaps.readiness.metShare)} of requirements fully met).`}
      >
        <div className="space-y-4">
          <GapHeatmap matrix={gaps.matrix} filters={filters} groupLabel={groupLabel} />
          {gaps.topGaps.length > 0 ? (
            <div>
              <h3 className="font-semibold text-navy-900">Largest gaps</h3>
              <ol className="mt-2 divide-y divide-slate-100 text-sm">
                {gaps.topGaps.map((row) => (
                  <li key={row.competencyId} className="flex flex-wrap justify-between gap-x-4 py-2">
                    <span className="font-medium text-slate-900">{row.competency.name}</span>
                    <span className="text-slate-700">
                      {formatCount(row.withGap)} of {formatCount(row.needing)} officials short · mean gap {formatLevels(row.meanGap)}
                    </span>
                  </li>
                ))}
              </ol>
            </div>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <Link href={reportHref("/reports/gaps", filters)} className="inline-flex min-h-11 items-center rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700">
              Full competency-gap report
            </Link>
            <ExportLink report="matrix" filters={filters}>
              Heatmap (CSV)
            </ExportLink>
          </div>
        </div>
      </SectionCard>

      <SectionCard id="courses" title="Most-taken courses" description="By enrolments of officials in this scope.">
        {courses.rows.length > 0 ? (
          <ol className="divide-y divide-slate-100 text-sm">
            {courses.rows.map((course) => (
              <li key={course.courseId} className="flex flex-wrap justify-between gap-x-4 py-2">
                <Link href={reportHref(`/reports/courses/${course.courseId}`, filters)} className="font-medium text-navy-700 underline underline-offset-2">
                  {course.title}
                </Link>
                <span className="text-slate-700">
                  {formatCount(course.enrolments)} enrolled · {formatShare(course.completionRate)} completed
                  {course.ratingAverage !== null ? ` · ${course.ratingAverage.toFixed(1)}★` : ""}
                </span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-slate-700">No enrolments yet.</p>
        )}
        <Link href={reportHref("/reports/courses", filters)} className="mt-3 inline-flex min-h-11 items-center font-semibold text-navy-700 underline underline-offset-2">
          Course performance
        </Link>
      </SectionCard>

      {officials ? (
        <SectionCard id="officials" title="Officials" description={`${formatCount(officials.total)} active officials, by name; open one for their competency passbook.`}>
          {officials.rows.length > 0 ? (
            <div className="space-y-3">
              <ScopeOfficialsTable rows={officials.rows} caption={`Officials of ${scope.title}, page ${page}`} />
              <div className="flex flex-wrap items-center justify-between gap-3">
                <PaginationNav
                  page={page}
                  totalPages={pageCount(officials.total, SCOPE_OFFICIALS_PAGE_SIZE)}
                  label="Officials pages"
                  pageHref={(target) => `${reportHref("/reports", filters, { page: target > 1 ? target : undefined })}#officials`}
                />
                <ExportLink report="officials" filters={filters}>
                  All officials with readiness (CSV)
                </ExportLink>
              </div>
            </div>
          ) : (
            <p className="text-sm text-slate-700">No officials match.</p>
          )}
        </SectionCard>
      ) : null}
    </div>
  );
}
