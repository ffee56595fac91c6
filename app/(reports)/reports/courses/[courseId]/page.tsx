import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { formatCount } from "@/lib/domain/format-count";
import { formatShare } from "@/lib/domain/reports/format-report";
import { reportHref, type ReportSearchParams } from "@/lib/domain/reports/report-filters.schema";
import { getCourseFunnel } from "@/lib/server/reports/get-course-funnel";
import { loadReportPageContext } from "@/lib/server/reports/report-page-context";
import { DataTable, TD, TD_NUMBER, TH, TH_NUMBER } from "@/components/data-table";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { StatCard, StatGrid } from "@/components/stat-card";
import { StatusBadge } from "@/components/status-badge";
import { ChartFigure } from "@/components/reports/chart-figure";
import { ExportLink } from "@/components/reports/export-link";
import { ReportNav } from "@/components/reports/report-nav";
import { ScopeTrail } from "@/components/reports/scope-trail";

export const metadata: Metadata = { title: "Course funnel" };

type Props = { params: Promise<{ courseId: string }>; searchParams: Promise<ReportSearchParams> };

export default async function CourseFunnelPage({ params, searchParams }: Props) {
  const [{ courseId }, query] = await Promise.all([params, searchParams]);
  const { scope, canSeeGovernment } = await loadReportPageContext(query);
  if (!z.uuid().safeParse(courseId).success) notFound();
  const funnel = await getCourseFunnel(scope, courseId);
  const { filters } = scope;
  return (
    <div className="space-y-6">
      <ScopeTrail scope={scope} basePath={`/reports/courses/${courseId}`} canSeeGovernment={canSeeGovernment} />
      <PageHeading eyebrow={`Course performance · ${scope.title}`} title={funnel.course.title} description={`By ${funnel.course.providerName}.`} />
      <ReportNav current="courses" filters={filters} />
      <StatGrid label="Course totals" columns={3}>
        <StatCard label="Enrolments" value={funnel.enrolments} />
        <StatCard label="Completions" value={funnel.completions} hint={`${formatShare(funnel.enrolments ? funnel.completions / funnel.enrolments : 0)} of enrolments`} />
        <StatCard label="Ratings" value={funnel.course.ratingCount} hint={funnel.course.ratingAverage !== null ? `Average ${funnel.course.ratingAverage.toFixed(1)} of 5` : "Not rated yet"} isWideOnPhone />
      </StatGrid>
      <SectionCard
        id="drop-off"
        title="Where learners leave"
        description={
          funnel.dropOff
            ? `Most learners are lost at “${funnel.dropOff.title}”: ${formatCount(funnel.dropOff.lost)} of the ${formatCount(funnel.dropOff.reached)} who reached it (${formatShare(funnel.dropOff.share)}) did not finish it.`
            : "No required lesson loses learners yet."
        }
      >
        <div className="space-y-4">
          <ChartFigure
            title="Learners who finished each lesson"
            kind="bar"
            points={funnel.steps.map((step, index) => ({ label: `${index + 1}`, completed: step.completed, started: step.started }))}
            series={[
              { key: "started", label: "Started", color: "#c3d0e6" },
              { key: "completed", label: "Finished", color: "#233d6b" },
            ]}
          />
          <DataTable caption="Lessons in order" minWidth="min-w-[40rem]">
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className={TH}>Lesson</th>
                <th scope="col" className={TH}>Type</th>
                <th scope="col" className={TH_NUMBER}>Started</th>
                <th scope="col" className={TH_NUMBER}>Finished</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {funnel.steps.map((step, index) => (
                <tr key={step.lessonId}>
                  <th scope="row" className="px-3 py-2 text-left font-normal text-slate-900">
                    {index + 1}. {step.title} {step.isRequired ? null : <StatusBadge>Optional</StatusBadge>}{" "}
                    {funnel.dropOff?.lessonId === step.lessonId ? <StatusBadge tone="red">Drop-off</StatusBadge> : null}
                  </th>
                  <td className={TD}>{step.type.toLowerCase()}</td>
                  <td className={TD_NUMBER}>{formatCount(step.started)}</td>
                  <td className={TD_NUMBER}>{formatCount(step.completed)}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          <ExportLink report="course-funnel" filters={filters} extra={{ course: funnel.course.id }} />
        </div>
      </SectionCard>
      <p className="text-sm">
        <Link href={reportHref("/reports/courses", filters)} className="font-semibold text-navy-700 underline underline-offset-2">
          All courses
        </Link>
        {funnel.course.status === "PUBLISHED" ? (
          <>
            {" · "}
            <Link href={`/learn/courses/${funnel.course.slug}`} className="font-semibold text-navy-700 underline underline-offset-2">
              Open the course page
            </Link>
          </>
        ) : null}
      </p>
    </div>
  );
}
