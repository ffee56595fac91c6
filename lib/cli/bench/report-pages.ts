// The report pages the benchmark loads, each with its URL (for the HTTP load), the text that
// proves the page rendered, its target, and the use-cases the page runs for one view, in the
// order the page runs them (for the in-process statement count). Keep each `view` in step with
// its page under app/(reports)/reports/: the count is only a signal if it is the page's.
import { parseReportFilters, type ReportSearchParams } from "../../domain/reports/report-filters.schema";
import type { CurrentUser } from "../../domain/roles";
import { loadSessionUser } from "../../server/auth/load-session-user";
import { createUserSession } from "../../server/auth/user-sessions";
import { db } from "../../server/db";
import { getActivityReport } from "../../server/reports/get-activity-report";
import { getCourseFunnel } from "../../server/reports/get-course-funnel";
import { getCoursePerformance } from "../../server/reports/get-course-performance";
import { getGapClosingCourses } from "../../server/reports/get-gap-closing-courses";
import { getGapReport } from "../../server/reports/get-gap-report";
import { getOfficialGapReport } from "../../server/reports/get-official-gap-report";
import { getRoleFit } from "../../server/reports/get-role-fit";
import { listRoleOptions } from "../../server/reports/list-role-options";
import { listScopeOfficials } from "../../server/reports/list-scope-officials";
import { resolveReportScope, type ReportScope } from "../../server/reports/report-scope";
import { streamOfficialsCsv } from "../../server/reports/stream-officials-csv";
import type { ReportTargets } from "./reports-targets";

/** Runs one use-case of a page view and attributes the statements it issues to `name`. */
export type StepRunner = { step: <T>(name: string, work: () => Promise<T>) => Promise<T> };

export type ReportPage = {
  key: string;
  label: string;
  path: string;
  marker: string;
  /** p95 target in ms for 2 cores with app, database and load generator together; null: none set. */
  targetP95Ms: number | null;
  /** CSV downloads are measured on their own (time to first byte, memory), not under load. */
  isExport?: boolean;
  view: (runner: StepRunner) => Promise<void>;
};

let analystSessionId: Promise<string> | undefined;

// The layout, the locale and the page all ask for the user; cache() makes that one load.
async function session(runner: StepRunner, targets: ReportTargets): Promise<CurrentUser> {
  analystSessionId ??= createUserSession(db, { userId: targets.analyst.id, ip: null, userAgent: "bench" });
  const sessionId = await analystSessionId;
  const user = await runner.step("session user (getCurrentUser)", () =>
    loadSessionUser({ userId: targets.analyst.id, sessionVersion: targets.analyst.sessionVersion, sessionId }),
  );
  if (!user) throw new Error("The analyst's session did not load.");
  return user;
}

// loadReportPageContext: the scope and the FRAC roles for the filter form, side by side.
async function pageContext(runner: StepRunner, user: CurrentUser, params: ReportSearchParams): Promise<ReportScope> {
  const [scope] = await runner.step("page context (resolveReportScope, listRoleOptions)", () =>
    Promise.all([resolveReportScope(user, parseReportFilters(params)), listRoleOptions()]),
  );
  return scope;
}

const query = (params: Record<string, string>) => {
  const text = new URLSearchParams(params).toString();
  return text ? `?${text}` : "";
};

function gapsPage(key: string, label: string, targets: ReportTargets, params: Record<string, string>, targetP95Ms: number): ReportPage {
  return {
    key,
    label,
    path: `/reports/gaps${query(params)}`,
    marker: "Competency-gap report",
    targetP95Ms,
    view: async (runner) => {
      const user = await session(runner, targets);
      const scope = await pageContext(runner, user, params);
      const report = await runner.step("getGapReport", () => getGapReport(scope, { matrixColumns: 16 }));
      await runner.step("getGapClosingCourses", () => getGapClosingCourses(report.buckets));
    },
  };
}

function dashboardPage(key: string, label: string, targets: ReportTargets, params: Record<string, string>): ReportPage {
  return {
    key,
    label,
    path: `/reports${query(params)}`,
    marker: 'id="heatmap"',
    targetP95Ms: 800,
    view: async (runner) => {
      const user = await session(runner, targets);
      const scope = await pageContext(runner, user, params);
      // The page runs these four side by side; one after another here, to attribute statements.
      await runner.step("getActivityReport", () => getActivityReport(scope, new Date()));
      await runner.step("getGapReport", () => getGapReport(scope));
      await runner.step("getCoursePerformance (top 5)", () => getCoursePerformance(scope, { pageSize: 5 }));
      if (scope.focus) await runner.step("listScopeOfficials (page 1)", () => listScopeOfficials(scope, { page: 1 }));
    },
  };
}

function exportPage(key: string, label: string, targets: ReportTargets, organisationId: string): ReportPage {
  return {
    key,
    label,
    path: `/reports/export/officials${query({ organisation: organisationId })}`,
    marker: "Ready (% of levels)",
    targetP95Ms: null,
    isExport: true,
    view: async (runner) => {
      const user = await session(runner, targets);
      const scope = await runner.step("resolveReportScope", () => resolveReportScope(user, parseReportFilters({ organisation: organisationId })));
      await runner.step("streamOfficialsCsv (drained)", async () => {
        const reader = streamOfficialsCsv(scope).getReader();
        while (!(await reader.read()).done) {
          // Drain: the statements are the point, not the bytes.
        }
      });
    },
  };
}

export function reportPages(targets: ReportTargets): ReportPage[] {
  const ministry = { organisation: targets.ministry.id };
  const pages: ReportPage[] = [
    {
      key: "official",
      label: "one official's gap report",
      path: `/reports/officials/${targets.official.id}`,
      marker: "What the post requires",
      targetP95Ms: 20,
      view: async (runner) => {
        const user = await session(runner, targets);
        await runner.step("getOfficialGapReport", () => getOfficialGapReport(user, targets.official.id));
      },
    },
    gapsPage("gaps-ministry", `gap report, ministry (${targets.ministry.officials.toLocaleString("en-IN")})`, targets, ministry, 150),
    gapsPage("gaps-government", "gap report, whole government", targets, {}, 500),
    dashboardPage("dashboard", "dashboard, whole government", targets, {}),
    dashboardPage("drill-ministry", `dashboard → ministry (${targets.ministry.officials.toLocaleString("en-IN")})`, targets, ministry),
  ];
  if (targets.department) {
    pages.push(dashboardPage("drill-department", `dashboard → department (${targets.department.officials.toLocaleString("en-IN")})`, targets, { organisation: targets.department.id }));
  }
  if (targets.organisation) {
    pages.push(dashboardPage("drill-organisation", `dashboard → organisation (${targets.organisation.officials.toLocaleString("en-IN")})`, targets, { organisation: targets.organisation.id }));
  }
  pages.push({
    key: "courses",
    label: "course performance, whole government",
    path: "/reports/courses",
    marker: 'id="course-table"',
    targetP95Ms: null,
    view: async (runner) => {
      const user = await session(runner, targets);
      const scope = await pageContext(runner, user, {});
      await runner.step("getCoursePerformance (page 1)", () => getCoursePerformance(scope, { page: 1 }));
    },
  });
  const { courseId, position } = targets;
  if (courseId) {
    pages.push({
      key: "course-funnel",
      label: "one course's funnel, ministry",
      path: `/reports/courses/${courseId}${query(ministry)}`,
      marker: 'id="drop-off"',
      targetP95Ms: null,
      view: async (runner) => {
        const user = await session(runner, targets);
        const scope = await pageContext(runner, user, ministry);
        await runner.step("getCourseFunnel", () => getCourseFunnel(scope, courseId));
      },
    });
  }
  if (position) {
    const params = { ...ministry, position: position.id };
    pages.push({
      key: "role-fit",
      label: `role fit, ministry (${position.holders.toLocaleString("en-IN")} hold the post)`,
      path: `/reports/role-fit${query(params)}`,
      marker: 'id="ranking"',
      targetP95Ms: null,
      view: async (runner) => {
        const user = await session(runner, targets);
        const scope = await pageContext(runner, user, params);
        await runner.step("getRoleFit (page 1)", () => getRoleFit(scope, position.id, { page: 1 }));
      },
    });
  }
  pages.push(exportPage("export-small", `officials CSV (${targets.smallExport.officials.toLocaleString("en-IN")})`, targets, targets.smallExport.id));
  pages.push(exportPage("export-ministry", `officials CSV, ministry (${targets.ministry.officials.toLocaleString("en-IN")})`, targets, targets.ministry.id));
  return pages;
}
