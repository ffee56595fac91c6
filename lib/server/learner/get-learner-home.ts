import "server-only";
import { cache } from "react";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { isEnrolmentOverdue, type EnrolmentStatusName } from "@/lib/domain/enrolment-progress";
import type { LearnerTab } from "@/lib/domain/learner-tabs";
import { listPendingPlanCourses, type PendingPlanCourse } from "./list-pending-plan-courses";

// Enough for any real learning plan; the full history belongs on a dedicated page.
const LIST_LIMIT = 50;

export type EnrolmentSourceName = "SELF" | "ASSIGNED" | "PLAN" | "PROGRAMME";

export type LearnerEnrolment = {
  id: string;
  courseSlug: string;
  courseTitle: string;
  providerName: string;
  durationMinutes: number;
  status: EnrolmentStatusName;
  source: EnrolmentSourceName;
  /** Assigned by the organisation's plan, whether the official enrolled first or the plan did. */
  isPlanCourse: boolean;
  assignedByName: string | null;
  progressPercent: number;
  dueAt: Date | null;
  completedAt: Date | null;
  isOverdue: boolean;
  /** The code of the unrevoked certificate, for its link; null when there is none. */
  certificateCode: string | null;
  /** The official's own rating of the course, once given. */
  myRating: number | null;
};

export type LearnerHome = {
  official: {
    name: string;
    designation: string | null;
    organisationName: string | null;
    parentOrganisationName: string | null;
    karmaPoints: number;
  };
  counts: { notStarted: number; inProgress: number; completed: number; overdue: number; certificates: number };
  /** How many rows each tab holds, for the tab labels. */
  tabCounts: Record<LearnerTab, number>;
  tab: LearnerTab;
  /**
   * The selected tab's list. In progress: open enrolments, soonest due first. Assigned: courses
   * assigned by a supervisor or the organisation's plan, open ones by due date, then completed
   * ones. Completed: most recent first.
   */
  enrolments: LearnerEnrolment[];
  /** Plan courses with no enrolment yet (a batch to choose, or withdrawn from): shown under Assigned. */
  pendingPlanCourses: PendingPlanCourse[];
};

const ASSIGNED_SOURCES = ["ASSIGNED", "PLAN"] as const;

/**
 * Assigned: by a supervisor or the plan, and courses the official enrolled in themselves that the
 * plan has since assigned them (publication links those to the plan item).
 */
function assignedWhere(userId: string): Prisma.EnrolmentWhereInput {
  return { userId, status: { not: "WITHDRAWN" }, OR: [{ source: { in: [...ASSIGNED_SOURCES] } }, { planItemId: { not: null } }] };
}
const OPEN_STATUSES = ["ENROLLED", "IN_PROGRESS"] as const;

function enrolmentSelect(userId: string) {
  return {
    id: true,
    status: true,
    source: true,
    planItemId: true,
    progressPercent: true,
    dueAt: true,
    completedAt: true,
    assignedBy: { select: { name: true } },
    course: {
      select: {
        slug: true,
        title: true,
        durationMinutes: true,
        provider: { select: { name: true } },
        // At most one row: CourseRating is unique per official and course.
        ratings: { where: { userId }, select: { rating: true } },
      },
    },
    certificate: { select: { code: true, revokedAt: true } },
  } as const satisfies Prisma.EnrolmentSelect;
}

function listQuery(userId: string, tab: LearnerTab) {
  const select = enrolmentSelect(userId);
  const dueFirst: Prisma.EnrolmentOrderByWithRelationInput[] = [{ dueAt: { sort: "asc", nulls: "last" } }, { enrolledAt: "desc" }, { id: "asc" }];
  switch (tab) {
    case "assigned":
      return db.enrolment.findMany({
        where: assignedWhere(userId),
        orderBy: dueFirst,
        take: LIST_LIMIT,
        select,
      });
    case "completed":
      return db.enrolment.findMany({
        where: { userId, status: "COMPLETED" },
        orderBy: [{ completedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
        take: LIST_LIMIT,
        select,
      });
    case "in-progress":
      return db.enrolment.findMany({ where: { userId, status: { in: [...OPEN_STATUSES] } }, orderBy: dueFirst, take: LIST_LIMIT, select });
  }
}

/** The official's "My learning" page: profile, counts and the one list the selected tab shows. */
export const getLearnerHome = cache(async (userId: string, tab: LearnerTab = "in-progress"): Promise<LearnerHome | null> => {
  const now = new Date();
  const [official, statusCounts, overdue, courseCertificates, programmeCertificates, assigned, rows, pendingPlanCourses] = await Promise.all([
    db.user.findUnique({
      where: { id: userId },
      select: {
        name: true,
        designation: true,
        karmaPoints: true,
        organisation: { select: { name: true, parent: { select: { name: true } } } },
      },
    }),
    db.enrolment.groupBy({ by: ["status"], where: { userId }, _count: { _all: true } }),
    db.enrolment.count({ where: { userId, status: { in: [...OPEN_STATUSES] }, dueAt: { lt: now } } }),
    db.certificate.count({ where: { userId, revokedAt: null } }),
    db.programmeCertificate.count({ where: { userId, revokedAt: null } }),
    db.enrolment.count({ where: assignedWhere(userId) }),
    listQuery(userId, tab),
    listPendingPlanCourses(userId, now),
  ]);
  if (!official) return null;

  const countOf = (status: EnrolmentStatusName) => statusCounts.find((row) => row.status === status)?._count._all ?? 0;
  const enrolments: LearnerEnrolment[] = rows.map((row) => ({
    id: row.id,
    courseSlug: row.course.slug,
    courseTitle: row.course.title,
    providerName: row.course.provider.name,
    durationMinutes: row.course.durationMinutes,
    status: row.status,
    source: row.source,
    isPlanCourse: row.source === "PLAN" || row.planItemId !== null,
    assignedByName: row.assignedBy?.name ?? null,
    progressPercent: row.progressPercent,
    dueAt: row.dueAt,
    completedAt: row.completedAt,
    isOverdue: isEnrolmentOverdue(row, now),
    certificateCode: row.certificate && row.certificate.revokedAt === null ? row.certificate.code : null,
    myRating: row.course.ratings[0]?.rating ?? null,
  }));
  // Assigned work still to do comes before assigned work already done (a stable partition keeps the due order).
  if (tab === "assigned") enrolments.sort((a, b) => Number(a.status === "COMPLETED") - Number(b.status === "COMPLETED"));

  const counts = {
    notStarted: countOf("ENROLLED"),
    inProgress: countOf("IN_PROGRESS"),
    completed: countOf("COMPLETED"),
    overdue,
    certificates: courseCertificates + programmeCertificates,
  };
  return {
    official: {
      name: official.name,
      designation: official.designation,
      organisationName: official.organisation?.name ?? null,
      parentOrganisationName: official.organisation?.parent?.name ?? null,
      karmaPoints: official.karmaPoints,
    },
    counts,
    tabCounts: { "in-progress": counts.notStarted + counts.inProgress, assigned: assigned + pendingPlanCourses.length, completed: counts.completed },
    tab,
    pendingPlanCourses,
    enrolments,
  };
});
