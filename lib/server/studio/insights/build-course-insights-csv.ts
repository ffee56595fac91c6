import "server-only";
import { toCsv } from "@/lib/domain/reports/csv";
import type { CourseInsights } from "./get-course-insights";

type Row = { section: string; item: string; measure: string; value: string | number | null };

const share = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);

/** Every figure of the insights page as one long table: section, item, measure, value. */
export function buildCourseInsightsCsv(insights: CourseInsights): string {
  const rows: Row[] = [
    { section: "Summary", item: insights.title, measure: "Enrolled (not withdrawn)", value: insights.enrolled },
    { section: "Summary", item: insights.title, measure: "Completed", value: insights.completed },
    { section: "Summary", item: insights.title, measure: "Completion rate (%)", value: share(insights.completionRate) },
    { section: "Summary", item: insights.title, measure: "Median days to complete", value: insights.medianDaysToComplete },
    { section: "Summary", item: insights.title, measure: "Mean days to complete", value: insights.meanDaysToComplete },
    { section: "Summary", item: insights.title, measure: "Average rating", value: insights.averageRating === null ? null : Math.round(insights.averageRating * 100) / 100 },
    ...insights.weekly.flatMap((week) => {
      const item = week.weekStart.toISOString().slice(0, 10);
      return [
        { section: "Week starting", item, measure: "Enrolments", value: week.enrolments },
        { section: "Week starting", item, measure: "Completions", value: week.completions },
      ];
    }),
    ...insights.lessons.flatMap((lesson, index) => {
      const item = `${index + 1}. ${lesson.title}`;
      return [
        { section: "Lesson", item, measure: "Started", value: lesson.started },
        { section: "Lesson", item, measure: "Completed", value: lesson.completed },
        { section: "Lesson", item, measure: "Started (% of enrolled)", value: share(lesson.startedShare) },
        { section: "Lesson", item, measure: "Completed (% of enrolled)", value: share(lesson.completedShare) },
      ];
    }),
    ...insights.ratings.map((row) => ({ section: "Ratings", item: `${row.rating} stars`, measure: "Ratings", value: row.count })),
  ];
  return toCsv(
    [
      { header: "Section", value: (row: Row) => row.section },
      { header: "Item", value: (row: Row) => row.item },
      { header: "Measure", value: (row: Row) => row.measure },
      { header: "Value", value: (row: Row) => row.value },
    ],
    rows,
  );
}
