import "server-only";
import { toCsv } from "@/lib/domain/reports/csv";
import { periodKey } from "@/lib/domain/reports/report-periods";
import { getActivityReport } from "./get-activity-report";
import { getCourseFunnel } from "./get-course-funnel";
import { getCoursePerformance } from "./get-course-performance";
import { getGapClosingCourses } from "./get-gap-closing-courses";
import { getGapReport } from "./get-gap-report";
import { getRoleFit } from "./get-role-fit";
import type { ReportScope } from "./report-scope";

export const SMALL_CSV_REPORTS = ["gaps", "matrix", "activity", "groups", "courses", "course-funnel", "content-needed", "role-fit"] as const;
export type SmallCsvReport = (typeof SMALL_CSV_REPORTS)[number];

const MAX_COURSES = 10_000;
const ROLE_FIT_ROWS = 1_000;
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/**
 * The CSV of a report that fits in memory (a row per competency, group, period or course — or
 * the best 1,000 candidates of a role fit). Officials, which can be many, stream instead.
 */
export async function buildReportCsv(scope: ReportScope, report: SmallCsvReport, options: { positionId?: string; courseId?: string } = {}): Promise<string> {
  switch (report) {
    case "gaps": {
      const gaps = await getGapReport(scope);
      return toCsv(
        [
          { header: "Competency", value: (row) => row.competency.name },
          { header: "Type", value: (row) => row.competency.type },
          { header: "Area", value: (row) => row.competency.area },
          { header: "Officials who need it", value: (row) => row.needing },
          { header: "Officials who meet it", value: (row) => row.meeting },
          { header: "Officials with a gap", value: (row) => row.withGap },
          { header: "Share meeting", value: (row) => round(row.meetShare) },
          { header: "Mean gap (levels)", value: (row) => round(row.meanGap) },
          { header: "Levels missing", value: (row) => row.levelsMissing },
        ],
        gaps.competencies,
      );
    }
    case "matrix": {
      const gaps = await getGapReport(scope, { matrixColumns: 1_000 });
      const { competencies, rows } = gaps.matrix;
      return toCsv(
        [
          { header: "Organisation", value: (row: (typeof rows)[number]) => (row.isOwnOfficials ? `${row.group.name} (own staff)` : row.group.name) },
          { header: "Ready (share of levels held)", value: (row) => round(row.readiness.gapWeighted) },
          ...competencies.map((competency, index) => ({
            header: `${competency.name} (mean gap)`,
            value: (row: (typeof rows)[number]) => {
              const cell = row.cells[index];
              return cell ? round(cell.meanGap) : null;
            },
          })),
        ],
        rows,
      );
    }
    case "activity": {
      const activity = await getActivityReport(scope);
      const points = [...activity.weekly.map((point) => ({ ...point, period: "Week" })), ...activity.monthly.map((point) => ({ ...point, period: "Month" }))];
      return toCsv(
        [
          { header: "Period", value: (row) => row.period },
          { header: "Starts", value: (row) => periodKey(row.periodStart) },
          { header: "Officials learning", value: (row) => row.activeLearners },
          { header: "Enrolments", value: (row) => row.enrolments },
          { header: "Completions", value: (row) => row.completions },
          { header: "Certificates", value: (row) => row.certificates },
          { header: "Learning hours", value: (row) => round(row.learningSeconds / 3600, 1) },
          { header: "Competency-linked hours", value: (row) => round(row.competencyLinkedSeconds / 3600, 1) },
          { header: "Reached 4 hours (weeks)", value: (row) => (row.period === "Week" ? row.reachedTarget : null) },
        ],
        points,
      );
    }
    case "groups": {
      const activity = await getActivityReport(scope);
      return toCsv(
        [
          { header: "Organisation", value: (row) => (row.isOwnOfficials ? `${row.group.name} (own staff)` : row.group.name) },
          { header: "Officials", value: (row) => row.officials },
          { header: "Active accounts", value: (row) => row.activeOfficials },
          { header: "Learning this month", value: (row) => row.thisMonth.activeLearners },
          { header: "Enrolments", value: (row) => row.allTime.enrolments },
          { header: "Completions", value: (row) => row.allTime.completions },
          { header: "Certificates", value: (row) => row.allTime.certificates },
          { header: "Learning hours", value: (row) => round(row.allTime.learningSeconds / 3600, 1) },
          { header: "Reached 4 hours this week", value: (row) => row.thisWeek.reachedTarget },
        ],
        activity.byGroup,
      );
    }
    case "courses": {
      const courses = await getCoursePerformance(scope, { pageSize: MAX_COURSES });
      return toCsv(
        [
          { header: "Course", value: (row) => row.title },
          { header: "Provider", value: (row) => row.providerName },
          { header: "Enrolments", value: (row) => row.enrolments },
          { header: "Completions", value: (row) => row.completions },
          { header: "Completion rate", value: (row) => round(row.completionRate) },
          { header: "Average rating", value: (row) => (row.ratingAverage === null ? null : round(row.ratingAverage)) },
          { header: "Ratings", value: (row) => row.ratingCount },
        ],
        courses.rows,
      );
    }
    case "course-funnel": {
      if (!options.courseId) return "";
      const funnel = await getCourseFunnel(scope, options.courseId);
      return toCsv(
        [
          { header: "Position", value: (row) => funnel.steps.indexOf(row) + 1 },
          { header: "Lesson", value: (row) => row.title },
          { header: "Type", value: (row) => row.type },
          { header: "Required", value: (row) => (row.isRequired ? "yes" : "no") },
          { header: "Started", value: (row) => row.started },
          { header: "Finished", value: (row) => row.completed },
          { header: "Drop-off", value: (row) => (funnel.dropOff?.lessonId === row.lessonId ? "yes" : "") },
        ],
        funnel.steps,
      );
    }
    case "content-needed": {
      const gaps = await getGapReport(scope);
      const closing = await getGapClosingCourses(gaps.buckets);
      return toCsv(
        [
          { header: "Competency", value: (row) => row.competency.name },
          { header: "Level needed", value: (row) => row.requiredLevel },
          { header: "Officials waiting", value: (row) => row.officialsWaiting },
          { header: "Highest level any published course imparts", value: (row) => row.bestAvailableLevel },
        ],
        closing.contentNeeded,
      );
    }
    case "role-fit": {
      if (!options.positionId) return "";
      const fit = await getRoleFit(scope, options.positionId, { page: 1, pageSize: ROLE_FIT_ROWS });
      return toCsv(
        [
          { header: "Rank", value: (row) => fit.rows.indexOf(row) + 1 },
          { header: "Official", value: (row) => row.name },
          { header: "Designation", value: (row) => row.designation },
          { header: "Organisation", value: (row) => row.organisationName },
          { header: "Current post", value: (row) => row.currentPositionTitle },
          { header: "Fit (share of levels held)", value: (row) => round(row.score) },
          { header: "Requirements met", value: (row) => row.met },
          { header: "Missing", value: (row) => row.missingNames.map((missing) => `${missing.name} ${missing.held} of ${missing.required}`).join("; ") },
        ],
        fit.rows,
      );
    }
  }
}
