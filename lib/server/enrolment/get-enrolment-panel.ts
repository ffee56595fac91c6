import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db";
import type { BatchStatus, CourseStatus, DeliveryMode, EnrolmentStatus } from "@/lib/domain/learning/enrolment-rules";

export type PanelBatch = {
  id: string;
  code: string;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  seatLimit: number;
  seatsLeft: number;
  /** Open, not yet started and with a seat left; the radio for any other batch is disabled. */
  isJoinable: boolean;
};

export type EnrolmentPanelData = {
  course: { id: string; slug: string; status: CourseStatus; mode: DeliveryMode };
  enrolment: {
    id: string;
    status: EnrolmentStatus;
    progressPercent: number;
    batch: { code: string; startsAt: Date; venue: string } | null;
    /** The first lesson not yet completed, in course order (the first lesson once all are done). */
    nextLessonId: string | null;
    certificateCode: string | null;
  } | null;
  batches: PanelBatch[];
};

/**
 * What the course page's enrolment panel shows the official. Null when the course does not
 * exist. Positional arguments so React's cache() can key on them. Batches listed are the ones still ahead (not cancelled or completed).
 */
export const getEnrolmentPanel = cache(async (userId: string, courseId: string, now: Date = new Date()): Promise<EnrolmentPanelData | null> => {
  const input = { userId, courseId };
  const [course, enrolment, lessons] = await Promise.all([
    db.course.findUnique({ where: { id: input.courseId }, select: { id: true, slug: true, status: true, mode: true } }),
    db.enrolment.findUnique({
      where: { userId_courseId: { userId: input.userId, courseId: input.courseId } },
      select: {
        id: true,
        status: true,
        progressPercent: true,
        batch: { select: { code: true, startsAt: true, venue: true } },
        certificate: { select: { code: true, revokedAt: true } },
        lessonProgress: { where: { status: "COMPLETED" }, select: { lessonId: true } },
      },
    }),
    db.lesson.findMany({
      where: { courseId: input.courseId, archivedAt: null, module: { archivedAt: null } },
      orderBy: [{ module: { position: "asc" } }, { position: "asc" }],
      select: { id: true },
    }),
  ]);
  if (!course) return null;

  const batches = course.mode === "ONLINE" ? [] : await loadBatches(course.id, now);
  if (!enrolment) return { course, enrolment: null, batches };

  const completed = new Set(enrolment.lessonProgress.map((row) => row.lessonId));
  const nextLesson = lessons.find((lesson) => !completed.has(lesson.id)) ?? lessons[0];
  return {
    course,
    enrolment: {
      id: enrolment.id,
      status: enrolment.status,
      progressPercent: enrolment.progressPercent,
      batch: enrolment.batch,
      nextLessonId: nextLesson?.id ?? null,
      certificateCode: enrolment.certificate && !enrolment.certificate.revokedAt ? enrolment.certificate.code : null,
    },
    batches,
  };
});

async function loadBatches(courseId: string, now: Date): Promise<PanelBatch[]> {
  const [rows, taken] = await Promise.all([
    db.batch.findMany({
      where: { courseId, status: { in: ["OPEN", "SCHEDULED", "CLOSED"] }, endsAt: { gt: now } },
      orderBy: { startsAt: "asc" },
      select: { id: true, code: true, startsAt: true, endsAt: true, venue: true, seatLimit: true, status: true },
    }),
    db.enrolment.groupBy({
      by: ["batchId"],
      where: { courseId, batchId: { not: null }, status: { not: "WITHDRAWN" } },
      _count: { _all: true },
    }),
  ]);
  const takenByBatch = new Map(taken.map((row) => [row.batchId, row._count._all]));
  return rows.map((row) => {
    const seatsLeft = Math.max(0, row.seatLimit - (takenByBatch.get(row.id) ?? 0));
    const status: BatchStatus = row.status;
    return {
      id: row.id,
      code: row.code,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      venue: row.venue,
      seatLimit: row.seatLimit,
      seatsLeft,
      isJoinable: status === "OPEN" && row.startsAt.getTime() > now.getTime() && seatsLeft > 0,
    };
  });
}
