import "server-only";
import { cache } from "react";
import { programmeProgress, type ProgrammeProgress } from "@/lib/domain/studio/programme-rules";
import { db } from "@/lib/server/db";

export type ProgrammePageCourse = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  mode: "ONLINE" | "BLENDED" | "FACE_TO_FACE";
  durationMinutes: number;
  isAvailable: boolean;
  enrolmentStatus: "ENROLLED" | "IN_PROGRESS" | "COMPLETED" | "WITHDRAWN" | null;
  progressPercent: number;
};

export type ProgrammePage = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  description: string;
  providerName: string;
  thumbnailUrl: string | null;
  competencies: { id: string; name: string; level: number }[];
  courses: ProgrammePageCourse[];
  enrolment: { enrolledAt: Date; completedAt: Date | null; certificateCode: string | null } | null;
  progress: ProgrammeProgress;
};

/** A published programme as a learner sees it, with their own progress; null when there is none. */
export const getProgrammePage = cache(async (input: { slug: string; userId: string }): Promise<ProgrammePage | null> => {
  const programme = await db.programme.findFirst({
    where: { slug: input.slug, status: "PUBLISHED" },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      description: true,
      thumbnailId: true,
      provider: { select: { name: true } },
      competencies: { orderBy: { competency: { name: "asc" } }, select: { level: true, competency: { select: { id: true, name: true } } } },
      courses: {
        orderBy: { position: "asc" },
        select: { course: { select: { id: true, slug: true, title: true, summary: true, mode: true, durationMinutes: true, status: true } } },
      },
      enrolments: {
        where: { userId: input.userId },
        select: { enrolledAt: true, completedAt: true, certificate: { select: { code: true, revokedAt: true } } },
      },
    },
  });
  if (!programme) return null;
  const courseIds = programme.courses.map((row) => row.course.id);
  const enrolments = await db.enrolment.findMany({
    where: { userId: input.userId, courseId: { in: courseIds } },
    select: { courseId: true, status: true, progressPercent: true },
  });
  const byCourse = new Map(enrolments.map((row) => [row.courseId, row]));
  const courses: ProgrammePageCourse[] = programme.courses.map(({ course }) => {
    const enrolment = byCourse.get(course.id);
    return {
      id: course.id,
      slug: course.slug,
      title: course.title,
      summary: course.summary,
      mode: course.mode,
      durationMinutes: course.durationMinutes,
      isAvailable: course.status === "PUBLISHED",
      enrolmentStatus: enrolment?.status ?? null,
      progressPercent: enrolment?.progressPercent ?? 0,
    };
  });
  const own = programme.enrolments[0];
  return {
    id: programme.id,
    slug: programme.slug,
    title: programme.title,
    summary: programme.summary,
    description: programme.description,
    providerName: programme.provider.name,
    thumbnailUrl: programme.thumbnailId ? `/media/${programme.thumbnailId}` : null,
    competencies: programme.competencies.map((row) => ({ id: row.competency.id, name: row.competency.name, level: row.level })),
    courses,
    enrolment: own
      ? { enrolledAt: own.enrolledAt, completedAt: own.completedAt, certificateCode: own.certificate && !own.certificate.revokedAt ? own.certificate.code : null }
      : null,
    progress: programmeProgress(courses.map((course) => ({ courseId: course.id, enrolmentStatus: course.enrolmentStatus, progressPercent: course.progressPercent }))),
  };
});
