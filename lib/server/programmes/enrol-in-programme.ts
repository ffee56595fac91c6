import "server-only";
import { DomainError } from "@/lib/domain/learning/domain-error";
import { modeHasBatches } from "@/lib/domain/studio/batch-rules";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { recordLearningEvent } from "@/lib/server/learning-record/record-learning-event";
import { completeProgrammesIfDone } from "./complete-programmes-if-done";

export type EnrolInProgrammeResult = {
  programmeEnrolmentId: string;
  slug: string;
  /** False for a second click: the official was already enrolled in the programme. */
  isChanged: boolean;
  /** Courses this enrolment enrolled the official in. */
  enrolledCourses: number;
  /** Blended and face-to-face courses, which need a batch chosen on the course page. */
  coursesNeedingBatch: { slug: string; title: string }[];
};

/**
 * Enrols an official in a published programme once, and in the same transaction in each of its
 * online courses they are not already enrolled in (source PROGRAMME; a withdrawn enrolment comes
 * back). Courses taught in batches are left for the official to enrol in from the course page,
 * where they choose a batch. An official who had already finished every course completes the
 * programme at once.
 *
 * A double click: the programme enrolment is inserted with ON CONFLICT DO NOTHING on the unique
 * (userId, programmeId), so only one caller goes on to enrol the courses; course enrolments
 * use the same ON CONFLICT on (userId, courseId) as a self-enrolment racing with this one.
 */
export async function enrolInProgramme(input: { userId: string; programmeId: string; now?: Date }): Promise<EnrolInProgrammeResult> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const programme = await tx.programme.findFirst({
      where: { id: input.programmeId, status: "PUBLISHED" },
      select: {
        id: true,
        slug: true,
        courses: { orderBy: { position: "asc" }, select: { course: { select: { id: true, slug: true, title: true, mode: true, status: true } } } },
      },
    });
    if (!programme) throw new DomainError("PROGRAMME_NOT_PUBLISHED");
    const courses = programme.courses.map((row) => row.course).filter((course) => course.status === "PUBLISHED");
    const coursesNeedingBatch = courses.filter((course) => modeHasBatches(course.mode)).map(({ slug, title }) => ({ slug, title }));

    const [created] = await tx.programmeEnrolment.createManyAndReturn({
      data: [{ userId: input.userId, programmeId: programme.id, enrolledAt: now }],
      skipDuplicates: true,
      select: { id: true },
    });
    if (!created) {
      const existing = await tx.programmeEnrolment.findUniqueOrThrow({
        where: { userId_programmeId: { userId: input.userId, programmeId: programme.id } },
        select: { id: true },
      });
      return { programmeEnrolmentId: existing.id, slug: programme.slug, isChanged: false, enrolledCourses: 0, coursesNeedingBatch };
    }

    const onlineIds = courses.filter((course) => !modeHasBatches(course.mode)).map((course) => course.id);
    const enrolledCourses = await enrolInCourses(tx, { userId: input.userId, courseIds: onlineIds, now });
    await completeProgrammesIfDone(tx, { userId: input.userId, programmeId: programme.id, now });
    return { programmeEnrolmentId: created.id, slug: programme.slug, isChanged: true, enrolledCourses, coursesNeedingBatch };
  });
}

async function enrolInCourses(tx: Prisma.TransactionClient, input: { userId: string; courseIds: string[]; now: Date }): Promise<number> {
  if (input.courseIds.length === 0) return 0;
  const inserted = await tx.enrolment.createManyAndReturn({
    data: input.courseIds.map((courseId) => ({ userId: input.userId, courseId, source: "PROGRAMME" as const, status: "ENROLLED" as const, enrolledAt: input.now })),
    skipDuplicates: true,
    select: { id: true, courseId: true },
  });
  const withdrawn = await tx.enrolment.findMany({
    where: { userId: input.userId, courseId: { in: input.courseIds }, status: "WITHDRAWN" },
    select: { id: true, courseId: true },
  });
  const reactivated: { id: string; courseId: string }[] = [];
  for (const row of withdrawn) {
    const updated = await tx.enrolment.updateMany({
      where: { id: row.id, status: "WITHDRAWN" },
      data: { status: "ENROLLED", enrolledAt: input.now },
    });
    if (updated.count > 0) reactivated.push(row);
  }
  const joined = [...inserted, ...reactivated].sort((a, b) => (a.courseId < b.courseId ? -1 : 1));
  for (const row of joined) {
    await recordLearningEvent(tx, {
      actorId: input.userId,
      verb: "registered",
      objectType: "course",
      objectId: row.courseId,
      context: { registration: row.id },
      timestamp: input.now,
    });
  }
  return joined.length;
}
