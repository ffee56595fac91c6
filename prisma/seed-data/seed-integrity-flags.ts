// A few integrity flags for the demo organisation, so an admin's review queue is not empty in a
// demo. Each is what the app itself would have recorded had the official pressed "Mark complete"
// seconds after opening the lesson: the same rule (evaluateLessonCompletion) words the reason and
// the evidence. Idempotent: a lesson that already has a flag for the official gets no other.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { evaluateLessonCompletion } from "../../lib/domain/learning/lesson-integrity";
import { DEMO_ACCOUNTS } from "./demo-accounts";

const FLAGS_PER_DEMO = 6;
const SECONDS_AFTER_OPENING = 7;

type Candidate = {
  enrolmentId: string;
  userId: string;
  lessonId: string;
  type: "TEXT" | "VIDEO" | "PDF";
  durationSeconds: number;
  body: string | null;
  startedAt: Date;
  updatedAt: Date;
};

export async function seedIntegrityFlags(prisma: PrismaClient, subtreeRootId: string): Promise<void> {
  // In-progress readings and videos in the subtree, picked by a hash so every run picks the same.
  // The demo accounts keep a clean record: demos and end-to-end tests start from it.
  const demoEmails = Object.values(DEMO_ACCOUNTS).map((account) => account.email);
  const candidates = await prisma.$queryRaw<Candidate[]>`
    SELECT p."enrolmentId", p."userId", p."lessonId", l.type::text AS type, l."durationSeconds", l.body, p."startedAt", p."updatedAt"
    FROM "LessonProgress" p
    JOIN "Lesson" l ON l.id = p."lessonId"
    JOIN "User" u ON u.id = p."userId"
    WHERE p.status = 'IN_PROGRESS'
      AND l.type IN ('TEXT', 'VIDEO', 'PDF')
      AND u."organisationId" IN (SELECT "descendantId" FROM "OrganisationClosure" WHERE "ancestorId" = ${subtreeRootId}::uuid)
      AND u.email <> ALL(${demoEmails}::text[])
    ORDER BY md5(p."userId"::text || p."lessonId"::text)
    LIMIT ${FLAGS_PER_DEMO}`;

  for (const candidate of candidates) {
    const requestedAt = new Date(candidate.startedAt.getTime() + SECONDS_AFTER_OPENING * 1000);
    const snapshot = { status: "IN_PROGRESS" as const, secondsSpent: 0, maxPositionSeconds: 0, startedAt: candidate.startedAt };
    const evaluation = evaluateLessonCompletion(candidate, snapshot, {}, requestedAt);
    if (evaluation.ok || !evaluation.shouldFlag) continue;
    const existing = await prisma.integrityFlag.count({ where: { userId: candidate.userId, lessonId: candidate.lessonId } });
    if (existing > 0) continue;
    await prisma.$transaction([
      prisma.integrityFlag.create({
        data: {
          userId: candidate.userId,
          lessonId: candidate.lessonId,
          reason: evaluation.message,
          createdAt: requestedAt,
          details: {
            code: evaluation.code,
            secondsMissing: evaluation.secondsMissing,
            secondsSpent: snapshot.secondsSpent,
            maxPositionSeconds: snapshot.maxPositionSeconds,
            openedAt: candidate.startedAt.toISOString(),
            requestedAt: requestedAt.toISOString(),
          },
        },
        select: { id: true },
      }),
      prisma.lessonProgress.update({
        where: { enrolmentId_lessonId: { enrolmentId: candidate.enrolmentId, lessonId: candidate.lessonId } },
        // Keeping updatedAt keeps the progress on the day it happened (learning time is dated by it).
        data: { isFlagged: true, flagReason: evaluation.message, updatedAt: candidate.updatedAt },
        select: { lessonId: true },
      }),
    ]);
  }
}
