import type { Metadata } from "next";
import Link from "next/link";
import { formatCount } from "@/lib/domain/format-count";
import { pageCount, parsePageParam } from "@/lib/domain/pagination";
import { formatShare } from "@/lib/domain/reports/format-report";
import { reportHref, type ReportSearchParams } from "@/lib/domain/reports/report-filters.schema";
import { COURSE_PERFORMANCE_PAGE_SIZE, getCoursePerformance } from "@/lib/server/reports/get-course-performance";
import { loadReportPageContext } from "@/lib/server/reports/report-page-context";
import { DataTable, TD, TD_NUMBER, TH, TH_NUMBER } from "@/components/data-table";
import { PageHeading } from "@/components/page-heading";
import { PaginationNav } from "@/components/pagination-nav";
import { SectionCard } from "@/components/section-card";
import { ExportLink } from "@/components/reports/export-link";
import { ReportNav } from "@/components/reports/report-nav";
import { ScopeTrail } from "@/components/reports/scope-trail";

export const metadata: Metadata = { title: "Course performance" };

export default async function CoursePerformancePage({ searchParams }: { searchParams: Promise<ReportSearchParams> }) {
  const params = await searchParams;
  const { scope, canSeeGovernment } = await loadReportPageContext(params);
  const page = parsePageParam(params.page);
  const courses = await getCoursePerformance(scope, { page });
  const { filters } = scope;
  return (
    <div className="space-y-6">
      <ScopeTrail scope={scope} basePath="/reports/courses" canSeeGovernment={canSeeGovernment} />
      <PageHeading
        eyebrow="Course performance"
        title={scope.title}
        description="Courses by enrolments of officials in this scope, with completion rate and rating. Open a course for the lesson where learners leave it."
      />
      <ReportNav current="courses" filters={filters} />
      <SectionCard id="course-table" title="Courses" description={`${formatCount(courses.total)} courses with enrolments.`}>
        {courses.rows.length > 0 ? (
          <div className="space-y-3">
            <DataTable caption={`Course performance, page ${page}`} minWidth="min-w-[46rem]">
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className={`${TH} sticky left-0 z-10 min-w-64 bg-slate-50`}>Course</th>
                  <th scope="col" className={TH_NUMBER}>Enrolments</th>
                  <th scope="col" className={TH_NUMBER}>Completions</th>
                  <th scope="col" className={TH_NUMBER}>Completion rate</th>
                  <th scope="col" className={TH}>Rating</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {courses.rows.map((course) => (
                  <tr key={course.courseId}>
                    <th scope="row" className="sticky left-0 z-10 bg-white px-3 py-2 text-left font-normal">
                      <Link href={reportHref(`/reports/courses/${course.courseId}`, filters)} className="font-medium text-navy-700 underline underline-offset-2">
                        {course.title}
                      </Link>
                      <span className="block text-xs text-slate-600">{course.providerName}</span>
                    </th>
                    <td className={TD_NUMBER}>{formatCount(course.enrolments)}</td>
                    <td className={TD_NUMBER}>{formatCount(course.completions)}</td>
                    <td className={TD_NUMBER}>{formatShare(course.completionRate)}</td>
                    <td className={TD}>{course.ratingAverage !== null ? `${course.ratingAverage.toFixed(1)} of 5 (${formatCount(course.ratingCount)})` : "Not rated"}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
            <div className="flex flex-wrap items-center justify-between gap-3">
              <PaginationNav
                page={page}
                totalPages={pageCount(courses.total, COURSE_PERFORMANCE_PAGE_SIZE)}
                label="Course pages"
                pageHref={(target) => reportHref("/reports/courses", filters, { page: target > 1 ? target : undefined })}
              />
              <ExportLink report="courses" filters={filters} />
            </div>
          </div>
        ) : (
          <p className="text-sm text-slate-700">No official in this scope has enrolled in a course yet.</p>
        )}
      </SectionCard>
    </div>
  );
}
