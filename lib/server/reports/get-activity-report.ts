import "server-only";
import { LEARNING_WEEK_TARGET_SECONDS } from "@/lib/domain/learning/learning-hours";
import { monthStartOf, periodKey, recentMonths, recentWeeks, weekStartOf } from "@/lib/domain/reports/report-periods";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dbRead } from "@/lib/server/db-read";
import { readThroughSnapshot } from "./report-snapshot";
import type { ReportScope, ScopeOrganisation } from "./report-scope";

export type ActivityFigures = {
  enrolments: number;
  completions: number;
  certificates: number;
  learningSeconds: number;
  competencyLinkedSeconds: number;
  activeLearners: number;
  reachedTarget: number;
};

export type ActivityPoint = ActivityFigures & { periodStart: Date };

export type GroupActivity = {
  group: ScopeOrganisation;
  isOwnOfficials: boolean;
  officials: number;
  activeOfficials: number;
  /** Since records began (sums of the months). */
  allTime: Omit<ActivityFigures, "activeLearners" | "reachedTarget">;
  thisWeek: ActivityFigures;
  thisMonth: ActivityFigures;
};

export type ActivityReport = {
  officials: number;
  activeOfficials: number;
  allTime: Omit<ActivityFigures, "activeLearners" | "reachedTarget">;
  thisWeek: ActivityFigures;
  thisMonth: ActivityFigures;
  weekly: ActivityPoint[];
  monthly: ActivityPoint[];
  byGroup: GroupActivity[];
  learningWeekTargetSeconds: number;
  weekStart: Date;
  /** When these figures were counted: now, or for the whole government the stored snapshot's time. */
  asOf: Date;
  /** The staleness bound, in minutes, when the figures come from a snapshot; null when live. */
  refreshedEveryMinutes: number | null;
};

// The whole government's activity sums every organisation's week and month rows (a few hundred
// thousand at a million officials), so it is recounted at most this often and shown with its time.
const GOVERNMENT_SNAPSHOT_MINUTES = 10;

const WEEKS = 12;
const MONTHS = 12;

type ActivityRow = {
  groupId: string;
  period: "WEEK" | "MONTH";
  periodStart: Date;
  enrolments: number;
  completions: number;
  certificates: number;
  learningSeconds: bigint;
  competencyLinkedSeconds: bigint;
  activeLearners: number;
  reachedTarget: number;
};

type HeadcountRow = { groupId: string; officials: number; activeOfficials: number };

const zero = (): ActivityFigures => ({ enrolments: 0, completions: 0, certificates: 0, learningSeconds: 0, competencyLinkedSeconds: 0, activeLearners: 0, reachedTarget: 0 });

function add(into: ActivityFigures, row: ActivityRow): void {
  into.enrolments += row.enrolments;
  into.completions += row.completions;
  into.certificates += row.certificates;
  into.learningSeconds += Number(row.learningSeconds);
  into.competencyLinkedSeconds += Number(row.competencyLinkedSeconds);
  into.activeLearners += row.activeLearners;
  into.reachedTarget += row.reachedTarget;
}

const withoutDistinct = ({ activeLearners: _active, reachedTarget: _reached, ...rest }: ActivityFigures) => rest;

/**
 * Learning activity of a scope — registered and active officials, enrolments, completions,
 * certificates, learning hours, active learners and the Learning Week target — now, per week,
 * per month and per breakdown group. Two statements over the maintained roll-ups; the figures
 * include every change committed before the page was read. Role, designation and group filters
 * do not apply here: activity is kept per organisation.
 */
export async function getActivityReport(scope: ReportScope, now: Date = new Date()): Promise<ActivityReport> {
  if (!scope.isGovernment) return countActivity(scope, now, null);
  const snapshot = await readThroughSnapshot({
    key: `activity:government:${periodKey(weekStartOf(now))}`,
    maxAgeMs: GOVERNMENT_SNAPSHOT_MINUTES * 60_000,
    now,
    compute: () => countActivity(scope, now, GOVERNMENT_SNAPSHOT_MINUTES),
    revive: reviveActivityReport,
  });
  return { ...snapshot.value, asOf: snapshot.computedAt };
}

function reviveActivityReport(payload: Prisma.JsonValue): ActivityReport {
  const report = payload as unknown as ActivityReport;
  const point = <T extends { periodStart: Date }>(value: T): T => ({ ...value, periodStart: new Date(value.periodStart) });
  return {
    ...report,
    weekly: report.weekly.map(point),
    monthly: report.monthly.map(point),
    weekStart: new Date(report.weekStart),
    asOf: new Date(report.asOf),
  };
}

async function countActivity(scope: ReportScope, now: Date, refreshedEveryMinutes: number | null): Promise<ActivityReport> {
  const groups = scope.focus ? [...scope.groups, scope.focus] : scope.groups;
  const ancestors = groups.map((group) => group.id);
  const focusId = scope.focus?.id ?? null;
  const weeks = recentWeeks(now, WEEKS);
  const months = recentMonths(now, MONTHS);
  const [activity, headcount] =
    ancestors.length === 0
      ? [[], []]
      : await Promise.all([
          dbRead.$queryRaw<ActivityRow[]>`
            SELECT c."ancestorId" AS "groupId", a."period"::text AS "period", a."periodStart",
                   sum(a."enrolments")::int AS "enrolments", sum(a."completions")::int AS "completions",
                   sum(a."certificates")::int AS "certificates", sum(a."learningSeconds")::bigint AS "learningSeconds",
                   sum(a."competencyLinkedSeconds")::bigint AS "competencyLinkedSeconds",
                   sum(a."activeLearners")::int AS "activeLearners", sum(a."reachedTarget")::int AS "reachedTarget"
            FROM "OrganisationActivity" a
            JOIN "OrganisationClosure" c ON c."descendantId" = a."organisationId" AND c."ancestorId" = ANY(${ancestors}::uuid[])
            WHERE (c."ancestorId" <> ${focusId}::uuid OR c."depth" = 0 OR ${focusId}::uuid IS NULL)
              AND (a."period" = 'MONTH' OR a."periodStart" >= ${weeks[0]!})
            GROUP BY 1, 2, 3`,
          dbRead.$queryRaw<HeadcountRow[]>`
            SELECT c."ancestorId" AS "groupId", sum(h."officials")::int AS "officials", sum(h."activeOfficials")::int AS "activeOfficials"
            FROM "OrganisationHeadcount" h
            JOIN "OrganisationClosure" c ON c."descendantId" = h."organisationId" AND c."ancestorId" = ANY(${ancestors}::uuid[])
            WHERE (c."ancestorId" <> ${focusId}::uuid OR c."depth" = 0 OR ${focusId}::uuid IS NULL)
            GROUP BY 1`,
        ]);

  const currentWeek = periodKey(weekStartOf(now));
  const currentMonth = periodKey(monthStartOf(now));
  const weekly = new Map(weeks.map((week) => [periodKey(week), { periodStart: week, ...zero() }]));
  const monthly = new Map(months.map((month) => [periodKey(month), { periodStart: month, ...zero() }]));
  const perGroup = new Map(groups.map((group) => [group.id, { allTime: zero(), thisWeek: zero(), thisMonth: zero() }]));
  const allTime = zero();
  for (const row of activity) {
    const key = periodKey(row.periodStart);
    const group = perGroup.get(row.groupId);
    if (row.period === "MONTH") {
      add(allTime, row);
      if (group) add(group.allTime, row);
      const point = monthly.get(key);
      if (point) add(point, row);
      if (key === currentMonth && group) add(group.thisMonth, row);
    } else {
      const point = weekly.get(key);
      if (point) add(point, row);
      if (key === currentWeek && group) add(group.thisWeek, row);
    }
  }
  const heads = new Map(headcount.map((row) => [row.groupId, row]));
  const byGroup: GroupActivity[] = groups.flatMap((group) => {
    const figures = perGroup.get(group.id)!;
    const head = heads.get(group.id);
    const isOwnOfficials = group.id === focusId;
    // The focus's own row appears only when officials are posted in it directly.
    if (isOwnOfficials && !head) return [];
    return [
      {
        group,
        isOwnOfficials,
        officials: head?.officials ?? 0,
        activeOfficials: head?.activeOfficials ?? 0,
        allTime: withoutDistinct(figures.allTime),
        thisWeek: figures.thisWeek,
        thisMonth: figures.thisMonth,
      },
    ];
  });

  return {
    officials: headcount.reduce((sum, row) => sum + row.officials, 0),
    activeOfficials: headcount.reduce((sum, row) => sum + row.activeOfficials, 0),
    allTime: withoutDistinct(allTime),
    thisWeek: weekly.get(currentWeek) ?? { periodStart: weekStartOf(now), ...zero() },
    thisMonth: monthly.get(currentMonth) ?? { periodStart: monthStartOf(now), ...zero() },
    weekly: [...weekly.values()],
    monthly: [...monthly.values()],
    byGroup,
    learningWeekTargetSeconds: LEARNING_WEEK_TARGET_SECONDS,
    weekStart: weekStartOf(now),
    asOf: now,
    refreshedEveryMinutes,
  };
}
