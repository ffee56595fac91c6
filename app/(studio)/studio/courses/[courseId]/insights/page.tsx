import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Download, Star } from "lucide-react";
import { z } from "zod";
import { formatCount } from "@/lib/domain/format-count";
import { formatDate } from "@/lib/domain/format-date";
import { requirePermission } from "@/lib/server/auth/session";
import { getCourseInsights } from "@/lib/server/studio/insights/get-course-insights";
import { DataTable, TD, TD_NUMBER, TH, TH_NUMBER } from "@/components/data-table";
import { SectionCard } from "@/components/section-card";
import { ChartFigure } from "@/components/reports/chart-figure";
import { ReplyForm } from "./reply-form";
import { SECONDARY_BUTTON } from "@/components/ui-classes";

export const metadata: Metadata = { title: "Course insights" };

const percent = (share: number | null) => (share === null ? "—" : `${Math.round(share * 1000) / 10}%`);
const days = (value: number | null) => (value === null ? "—" : `${value} ${value === 1 ? "day" : "days"}`);
const WEEK = new Intl.DateTimeFormat("en-IN", { day: "numeric", month: "short", timeZone: "UTC" });

export default async function CourseInsightsPage({ params }: { params: Promise<{ courseId: string }> }) {
  const user = await requirePermission("course:author");
  const { courseId } = await params;
  if (!z.uuid().safeParse(courseId).success) notFound();
  const insights = await getCourseInsights(user, courseId);
  if (!insights) notFound();

  const points = insights.weekly.map((week) => ({ label: WEEK.format(week.weekStart), enrolments: week.enrolments, completions: week.completions }));
  const ratingCount = insights.ratings.reduce((sum, row) => sum + row.count, 0);
  const quietWindow = insights.weekly.every((week) => week.enrolments === 0 && week.completions === 0);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-semibold text-navy-900">Insights</h2>
        <a href={`/studio/courses/${insights.courseId}/insights/export`} className={SECONDARY_BUTTON} download>
          <Download aria-hidden="true" className="size-4" /> Download CSV
        </a>
      </div>

      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4" aria-label="Course figures">
        {[
          ["Enrolled", formatCount(insights.enrolled), "not withdrawn"],
          ["Completion rate", percent(insights.completionRate), `${formatCount(insights.completed)} completed`],
          ["Median time to complete", days(insights.medianDaysToComplete), `mean ${days(insights.meanDaysToComplete)}`],
          ["Average rating", insights.averageRating === null ? "—" : `${insights.averageRating.toFixed(1)} / 5`, `${formatCount(ratingCount)} ratings`],
        ].map(([label, value, hint]) => (
          <div key={label} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <dt className="text-sm font-medium text-slate-600">{label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums text-navy-900">{value}</dd>
            <dd className="mt-1 text-xs text-slate-600">{hint}</dd>
          </div>
        ))}
      </dl>

      <SectionCard id="insights-weekly" title="Enrolments over time" description="Per week (weeks start on Monday, IST), the last six months.">
        {quietWindow ? (
          // An empty chart reads like a broken one: say what the window holds and when learners last came.
          <p className="text-sm text-slate-700">
            No enrolments or completions in the last six months.
            {insights.lastEnrolledAt ? ` The most recent enrolment was on ${formatDate(insights.lastEnrolledAt, "en")}.` : " Nobody has enrolled yet."}
          </p>
        ) : (
          <ChartFigure
            title="Enrolments and completions per week"
            kind="bar"
            points={points}
            series={[
              { key: "enrolments", label: "Enrolments", color: "#1e3a8a" },
              { key: "completions", label: "Completions", color: "#15803d" },
            ]}
          />
        )}
      </SectionCard>

      <SectionCard id="insights-lessons" title="Drop-off by lesson" description="Share of enrolled learners who started and who completed each live lesson, in course order.">
        {insights.lessons.length === 0 ? (
          <p className="text-sm text-slate-700">This course has no live lessons yet.</p>
        ) : (
          <DataTable caption="Drop-off by lesson" minWidth="min-w-[36rem]">
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className={TH}>Lesson</th>
                <th scope="col" className={TH_NUMBER}>Started</th>
                <th scope="col" className={TH_NUMBER}>Completed</th>
                <th scope="col" className={TH_NUMBER}>Started (share)</th>
                <th scope="col" className={TH_NUMBER}>Completed (share)</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {insights.lessons.map((lesson, index) => (
                <tr key={lesson.lessonId}>
                  <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">
                    {index + 1}. {lesson.title}
                  </th>
                  <td className={TD_NUMBER}>{formatCount(lesson.started)}</td>
                  <td className={TD_NUMBER}>{formatCount(lesson.completed)}</td>
                  <td className={TD_NUMBER}>{percent(lesson.startedShare)}</td>
                  <td className={TD_NUMBER}>{percent(lesson.completedShare)}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </SectionCard>

      <SectionCard id="insights-ratings" title="Ratings">
        <DataTable caption="Ratings by stars" minWidth="min-w-[16rem]">
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className={TH}>Stars</th>
              <th scope="col" className={TH_NUMBER}>Ratings</th>
              <th scope="col" className={TH}><span className="sr-only">Share</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {insights.ratings.map((row) => (
              <tr key={row.rating}>
                <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">
                  {row.rating} <Star aria-hidden="true" className="inline size-4 text-amber-600" />
                </th>
                <td className={TD_NUMBER}>{formatCount(row.count)}</td>
                <td className={TD}>
                  <div aria-hidden="true" className="h-2.5 w-32 overflow-hidden rounded-full bg-slate-200">
                    <div className="h-full bg-amber-500" style={{ width: `${ratingCount === 0 ? 0 : Math.round((row.count / ratingCount) * 100)}%` }} />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </SectionCard>

      <SectionCard id="insights-reviews" title="Reviews" description="Your reply is public: learners see it under the review on the course page.">
        {insights.reviews.length === 0 ? (
          <p className="text-sm text-slate-700">No written reviews yet.</p>
        ) : (
          <ul className="space-y-4">
            {insights.reviews.map((review) => (
              <li key={review.id} className="rounded-md border border-slate-200 p-4">
                <p className="text-sm text-slate-700">
                  <span className="font-semibold text-slate-900">{review.learnerName}</span> · {review.rating} of 5 stars · {formatDate(review.createdAt, "en")}
                </p>
                <p className="mt-1 whitespace-pre-line text-slate-900">{review.review}</p>
                {review.reply ? (
                  <p className="mt-2 border-l-4 border-navy-200 pl-3 text-sm text-slate-800">
                    <span className="font-semibold">Your reply</span>
                    {review.repliedAt ? ` (${formatDate(review.repliedAt, "en")})` : ""}: {review.reply}
                  </p>
                ) : null}
                <div className="mt-3">
                  <ReplyForm courseId={insights.courseId} ratingId={review.id} learnerName={review.learnerName} reply={review.reply} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </SectionCard>
    </div>
  );
}
