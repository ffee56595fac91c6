import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db";
import { isEnrolmentOverdue, type EnrolmentStatusName } from "@/lib/domain/enrolment-progress";

// Enough for any real learning plan; the full history belongs on a dedicated page.
const OPEN_LIMIT = 50;
const COMPLETED_LIMIT = 12;

export type LearnerEnrolment = {
  id: string;
  courseSlug: string;
  courseTitle: string;
  providerName: string;
  durationMinutes: number;
  status: EnrolmentStatusName;
  progressPercent: number;
  dueAt: Date | null;
  completedAt: Date | null;
  isOverdue: boolean;
  hasCertificate: boolean;
};

export type LearnerHome = {
  official: {
    name: string;
    designation: string | null;
    organisationName: string | null;
    parentOrganisationName: string | null;
  };
  counts: { notStarted: number; inProgress: number; completed: number; overdue: number; certificates: number };
  /** Not started and in progress, soonest due first. */
  openEnrolments: LearnerEnrolment[];
  /** Most recently completed first. */
  completedEnrolments: LearnerEnrolment[];
};

const ENROLMENT_SELECT = {
  id: true,
  status: true,
  progressPercent: true,
  dueAt: true,
  completedAt: true,
  course: { select: { slug: true, title: true, durationMinutes: true, provider: { select: { name: true } } } },
  certificate: { select: { revokedAt: true } },
} as const;

export const getLearnerHome = cache(async (userId: string): Promise<LearnerHome | null> => {
  const now = new Date();
  const [official, statusCounts, overdue, certificates, open, completed] = await Promise.all([
    db.user.findUnique({
      where: { id: userId },
      select: {
        name: true,
        designation: true,
        organisation: { select: { name: true, parent: { select: { name: true } } } },
      },
    }),
    db.enrolment.groupBy({ by: ["status"], where: { userId }, _count: { _all: true } }),
    db.enrolment.count({ where: { userId, status: { in: ["ENROLLED", "IN_PROGRESS"] }, dueAt: { lt: now } } }),
    db.certificate.count({ where: { userId, revokedAt: null } }),
    db.enrolment.findMany({
      where: { userId, status: { in: ["ENROLLED", "IN_PROGRESS"] } },
      orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { enrolledAt: "desc" }, { id: "asc" }],
      take: OPEN_LIMIT,
      select: ENROLMENT_SELECT,
    }),
    db.enrolment.findMany({
      where: { userId, status: "COMPLETED" },
      orderBy: [{ completedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      take: COMPLETED_LIMIT,
      select: ENROLMENT_SELECT,
    }),
  ]);
  if (!official) return null;

  const countOf = (status: EnrolmentStatusName) => statusCounts.find((row) => row.status === status)?._count._all ?? 0;
  const toDto = (row: (typeof open)[number]): LearnerEnrolment => ({
    id: row.id,
    courseSlug: row.course.slug,
    courseTitle: row.course.title,
    providerName: row.course.provider.name,
    durationMinutes: row.course.durationMinutes,
    status: row.status,
    progressPercent: row.progressPercent,
    dueAt: row.dueAt,
    completedAt: row.completedAt,
    isOverdue: isEnrolmentOverdue(row, now),
    hasCertificate: row.certificate !== null && row.certificate.revokedAt === null,
  });

  return {
    official: {
      name: official.name,
      designation: official.designation,
      organisationName: official.organisation?.name ?? null,
      parentOrganisationName: official.organisation?.parent?.name ?? null,
    },
    counts: {
      notStarted: countOf("ENROLLED"),
      inProgress: countOf("IN_PROGRESS"),
      completed: countOf("COMPLETED"),
      overdue,
      certificates,
    },
    openEnrolments: open.map(toDto),
    completedEnrolments: completed.map(toDto),
  };
});
