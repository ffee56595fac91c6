// Writes the planned learning activity: enrolments, lesson progress, assessment attempts with
// answers, certificates, passbook evidence (and the current levels derived from it), ratings
// (and the course rating totals), xAPI learning records and batch attendance.
// Every insert skips rows that already exist by their natural key, so a re-run adds nothing.
import { CERTIFICATE_CODE_RANDOM_BYTES, createCertificateCode } from "../../lib/domain/learning/certificate-code";
import type { AttemptOrder } from "../../lib/domain/learning/shuffle";
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { newId } from "../../lib/server/factories/new-id";
import { insertInChunks } from "./chunks";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import type { ActivityCourse, ActivityOfficial } from "./load-activity-context";
import type { PlannedAttempt, PlannedEnrolment } from "./plan-enrolments";
import { createRandom } from "./random";
import { writePassbook } from "./write-passbook";
import { writeLearningRecords } from "./write-learning-records";

/**
 * Public certificate code, stable per official and course. Made by the same function the app
 * uses (from seeded rather than secure bytes), so every seeded code passes /verify's check.
 */
export function certificateCode(email: string, slug: string): string {
  const random = createRandom(`certificate:${email}:${slug}`);
  return createCertificateCode(Uint8Array.from({ length: CERTIFICATE_CODE_RANDOM_BYTES }, () => random.int(0, 255)));
}

/** When each completed lesson was finished: spread evenly between start and last access. */
export function lessonCompletionTimes(plan: PlannedEnrolment): Date[] {
  const start = plan.startedAt?.getTime() ?? plan.enrolledAt.getTime();
  const end = (plan.completedAt ?? plan.lastAccessedAt ?? plan.enrolledAt).getTime();
  return Array.from({ length: plan.completedLessons }, (_, index) =>
    index === plan.completedLessons - 1 && plan.completedAt
      ? plan.completedAt
      : new Date(start + Math.round(((index + 1) / (plan.completedLessons + 1)) * (end - start))),
  );
}

function progressPercent(plan: PlannedEnrolment): number {
  const required = plan.course.lessons.filter((lesson) => lesson.isRequired);
  const done = plan.course.lessons.slice(0, plan.completedLessons).filter((lesson) => lesson.isRequired).length;
  return required.length === 0 ? 0 : Math.round((done / required.length) * 100);
}

function attemptAnswers(course: ActivityCourse, attempt: PlannedAttempt, seedLabel: string) {
  const assessment = course.assessment;
  if (!assessment) return null;
  const random = createRandom(seedLabel);
  const total = assessment.questions.length;
  const pass = assessment.passMarkPercent;
  const wrongAllowed = Array.from({ length: total + 1 }, (_, wrong) => wrong).filter((wrong) =>
    attempt.passed ? ((total - wrong) * 100) / total >= pass : ((total - wrong) * 100) / total < pass,
  );
  const wrongCount = random.pick(wrongAllowed);
  const wrongIds = new Set(random.sample(assessment.questions, wrongCount).map((question) => question.id));
  const answers = assessment.questions.map((question) => {
    const correct = question.options.filter((option) => option.isCorrect).map((option) => option.id);
    const incorrect = question.options.filter((option) => !option.isCorrect).map((option) => option.id);
    const isCorrect = !wrongIds.has(question.id);
    return {
      questionId: question.id,
      selectedOptionIds: isCorrect ? correct : incorrect.length > 0 ? [random.pick(incorrect)] : correct.slice(0, 1),
      isCorrect,
      pointsAwarded: isCorrect ? question.points : 0,
    };
  });
  const maxScore = assessment.questions.reduce((sum, question) => sum + question.points, 0);
  const score = answers.reduce((sum, answer) => sum + answer.pointsAwarded, 0);
  // The AttemptOrder shape the app reads back with parseAttemptOrder.
  const shuffledQuestions = random.shuffle(assessment.questions);
  const questionOrder: AttemptOrder = {
    questionIds: shuffledQuestions.map((question) => question.id),
    optionIdsByQuestion: Object.fromEntries(
      shuffledQuestions.map((question) => [question.id, random.shuffle(question.options).map((option) => option.id)]),
    ),
  };
  return { answers, maxScore, score, percent: Math.round((score * 100) / Math.max(1, maxScore)), questionOrder };
}

export async function seedLearningActivity(
  prisma: PrismaClient,
  plans: PlannedEnrolment[],
  officials: ActivityOfficial[],
): Promise<void> {
  const userIds = officials.map((official) => official.id);
  const pairKey = (userId: string, courseId: string) => `${userId}:${courseId}`;

  await insertInChunks(plans, (slice) =>
    prisma.enrolment.createMany({
      data: slice.map((plan) => ({
        userId: plan.official.id,
        courseId: plan.course.id,
        batchId: plan.batchId,
        source: plan.source,
        assignedById: plan.assignedById,
        planItemId: plan.planItemId,
        dueAt: plan.dueAt,
        status: plan.status,
        progressPercent: progressPercent(plan),
        enrolledAt: plan.enrolledAt,
        startedAt: plan.startedAt,
        completedAt: plan.completedAt,
        lastAccessedAt: plan.lastAccessedAt,
      })),
      skipDuplicates: true,
    }),
  );
  const enrolmentIds = new Map(
    (await prisma.enrolment.findMany({ where: { userId: { in: userIds } }, select: { id: true, userId: true, courseId: true } })).map(
      (row) => [pairKey(row.userId, row.courseId), row.id],
    ),
  );
  const withIds = plans.flatMap((plan) => {
    const enrolmentId = enrolmentIds.get(pairKey(plan.official.id, plan.course.id));
    return enrolmentId ? [{ plan, enrolmentId, lessonTimes: lessonCompletionTimes(plan) }] : [];
  });

  const progressRows: Prisma.LessonProgressCreateManyInput[] = withIds.flatMap(({ plan, enrolmentId, lessonTimes }) => {
    const rows: Prisma.LessonProgressCreateManyInput[] = plan.course.lessons.slice(0, plan.completedLessons).map((lesson, index) => {
      const completedAt = lessonTimes[index] ?? plan.enrolledAt;
      return {
        enrolmentId,
        lessonId: lesson.id,
        userId: plan.official.id,
        status: "COMPLETED",
        positionSeconds: lesson.durationSeconds,
        secondsSpent: lesson.durationSeconds,
        maxPositionSeconds: lesson.type === "VIDEO" ? lesson.durationSeconds : 0,
        startedAt: new Date(completedAt.getTime() - lesson.durationSeconds * 1000),
        completedAt,
        updatedAt: completedAt,
      };
    });
    const next = plan.course.lessons[plan.completedLessons];
    if (plan.status === "IN_PROGRESS" && next && plan.lastAccessedAt) {
      const half = Math.floor(next.durationSeconds / 2);
      rows.push({
        enrolmentId,
        lessonId: next.id,
        userId: plan.official.id,
        status: "IN_PROGRESS",
        positionSeconds: half,
        secondsSpent: half,
        maxPositionSeconds: next.type === "VIDEO" ? half : 0,
        startedAt: plan.lastAccessedAt,
        updatedAt: plan.lastAccessedAt,
      });
    }
    return rows;
  });
  await insertInChunks(progressRows, (slice) => prisma.lessonProgress.createMany({ data: slice, skipDuplicates: true }));

  const plannedAttempts = withIds.flatMap(({ plan, enrolmentId }) =>
    plan.attempts.flatMap((attempt) => {
      const scored = attemptAnswers(plan.course, attempt, `attempt:${plan.official.email}:${plan.course.slug}:${attempt.attemptNumber}`);
      const assessment = plan.course.assessment;
      if (!scored || !assessment) return [];
      const submittedAt = new Date(attempt.startedAt.getTime() + Math.min(assessment.timeLimitSeconds ?? 600, 60 * assessment.questions.length) * 1000 - 30_000);
      return [{ plan, enrolmentId, attempt, scored, assessmentId: assessment.id, submittedAt, expiresAt: assessment.timeLimitSeconds ? new Date(attempt.startedAt.getTime() + assessment.timeLimitSeconds * 1000) : null }];
    }),
  );
  await insertInChunks(plannedAttempts, (slice) =>
    prisma.assessmentAttempt.createMany({
      data: slice.map((entry) => ({
        id: newId(entry.attempt.startedAt.getTime()),
        assessmentId: entry.assessmentId,
        userId: entry.plan.official.id,
        enrolmentId: entry.enrolmentId,
        attemptNumber: entry.attempt.attemptNumber,
        status: "SUBMITTED",
        questionOrder: entry.scored.questionOrder,
        startedAt: entry.attempt.startedAt,
        expiresAt: entry.expiresAt,
        submittedAt: entry.submittedAt,
        score: entry.scored.score,
        maxScore: entry.scored.maxScore,
        percent: entry.scored.percent,
        passed: entry.attempt.passed,
      })),
      skipDuplicates: true,
    }),
  );
  const attemptIds = new Map(
    (
      await prisma.assessmentAttempt.findMany({
        where: { userId: { in: userIds } },
        select: { id: true, assessmentId: true, userId: true, attemptNumber: true },
      })
    ).map((row) => [`${row.assessmentId}:${row.userId}:${row.attemptNumber}`, row.id]),
  );
  const answerRows = plannedAttempts.flatMap((entry) => {
    const attemptId = attemptIds.get(`${entry.assessmentId}:${entry.plan.official.id}:${entry.attempt.attemptNumber}`);
    return attemptId ? entry.scored.answers.map((answer) => ({ attemptId, ...answer })) : [];
  });
  await insertInChunks(answerRows, (slice) => prisma.attemptAnswer.createMany({ data: slice, skipDuplicates: true }));

  const completed = withIds.filter(({ plan }) => plan.status === "COMPLETED" && plan.completedAt);
  const certificates = completed.map(({ plan, enrolmentId }) => ({
    enrolmentId,
    userId: plan.official.id,
    courseId: plan.course.id,
    code: certificateCode(plan.official.email, plan.course.slug),
    issuedAt: plan.completedAt ?? plan.enrolledAt,
  }));
  await insertInChunks(certificates, (slice) => prisma.certificate.createMany({ data: slice, skipDuplicates: true }));
  const certificateCodes = new Map(
    (await prisma.certificate.findMany({ where: { userId: { in: userIds } }, select: { enrolmentId: true, code: true } })).map(
      (row) => [row.enrolmentId, row.code],
    ),
  );

  await writePassbook(prisma, {
    officials,
    completed: completed.map(({ plan, enrolmentId }) => ({ plan, certificateCode: certificateCodes.get(enrolmentId) ?? null })),
    scriptedEmail: DEMO_ACCOUNTS.learner.email,
    teamOfficerEmail: DEMO_ACCOUNTS.reportingOfficer.email,
  });

  const ratings = withIds.flatMap(({ plan }) =>
    plan.rating
      ? [{ userId: plan.official.id, courseId: plan.course.id, rating: plan.rating.rating, review: plan.rating.review, createdAt: plan.rating.at, updatedAt: plan.rating.at }]
      : [],
  );
  await insertInChunks(ratings, (slice) => prisma.courseRating.createMany({ data: slice, skipDuplicates: true }));
  // The catalogue sorts on these denormalised totals: recompute them from the ratings themselves.
  const courseIds = [...new Set(plans.map((plan) => plan.course.id))];
  await prisma.$executeRaw`
    UPDATE "Course" AS c
    SET "ratingCount" = totals.count, "ratingSum" = totals.sum
    FROM (
      SELECT c2.id, count(r.id)::int AS count, coalesce(sum(r.rating), 0)::int AS sum
      FROM "Course" c2 LEFT JOIN "CourseRating" r ON r."courseId" = c2.id
      WHERE c2.id = ANY(${courseIds}::uuid[])
      GROUP BY c2.id
    ) AS totals
    WHERE c.id = totals.id AND (c."ratingCount" <> totals.count OR c."ratingSum" <> totals.sum)`;

  const attendanceRows = withIds.flatMap(({ plan }) => {
    const batch = plan.course.batches.find((candidate) => candidate.id === plan.batchId);
    if (!batch || batch.status !== "COMPLETED" || (plan.status !== "COMPLETED" && plan.status !== "IN_PROGRESS")) return [];
    const random = createRandom(`attendance:${plan.official.email}:${plan.course.slug}`);
    return batch.sessions.map((session) => ({
      sessionId: session.id,
      userId: plan.official.id,
      status: random.weighted([["PRESENT", 90], ["ABSENT", 6], ["EXCUSED", 4]] as const),
      markedAt: new Date(session.startsAt.getTime() + 60 * 60 * 1000),
    }));
  });
  await insertInChunks(attendanceRows, (slice) => prisma.sessionAttendance.createMany({ data: slice, skipDuplicates: true }));

  await writeLearningRecords(prisma, {
    userIds,
    entries: withIds.map(({ plan, enrolmentId, lessonTimes }) => ({
      plan,
      enrolmentId,
      lessonTimes,
      attempts: plannedAttempts
        .filter((entry) => entry.enrolmentId === enrolmentId)
        .map((entry) => ({ assessmentId: entry.assessmentId, submittedAt: entry.submittedAt, passed: entry.attempt.passed, score: entry.scored.score, maxScore: entry.scored.maxScore })),
    })),
  });
}
