// xAPI-shaped learning records for the seeded activity. The table is append-only (a trigger
// refuses updates and deletes), so idempotence comes from skipping records already present,
// matched on actor, verb, object and the fixed timestamp.
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { insertInChunks } from "./chunks";
import type { PlannedEnrolment } from "./plan-enrolments";

const VERB = (name: string) => `http://adlnet.gov/expapi/verbs/${name}`;

type EntryInput = {
  plan: PlannedEnrolment;
  enrolmentId: string;
  lessonTimes: Date[];
  attempts: { assessmentId: string; submittedAt: Date; passed: boolean; score: number; maxScore: number }[];
};

const recordKey = (record: { actorId: string; verb: string; objectId: string; timestamp: Date }) =>
  `${record.actorId}|${record.verb}|${record.objectId}|${record.timestamp.toISOString()}`;

export async function writeLearningRecords(
  prisma: PrismaClient,
  input: { userIds: string[]; entries: EntryInput[] },
): Promise<void> {
  const records: Prisma.LearningRecordCreateManyInput[] = input.entries.flatMap(({ plan, enrolmentId, lessonTimes, attempts }) => {
    const actorId = plan.official.id;
    const context = { registration: enrolmentId, courseId: plan.course.id };
    const rows: Prisma.LearningRecordCreateManyInput[] = [
      { actorId, verb: VERB("registered"), objectType: "Course", objectId: plan.course.id, context, timestamp: plan.enrolledAt },
    ];
    plan.course.lessons.slice(0, plan.completedLessons).forEach((lesson, index) => {
      rows.push({
        actorId,
        verb: VERB("completed"),
        objectType: "Lesson",
        objectId: lesson.id,
        result: { completion: true, duration: `PT${lesson.durationSeconds}S` },
        context,
        timestamp: lessonTimes[index] ?? plan.enrolledAt,
      });
    });
    for (const attempt of attempts) {
      rows.push({
        actorId,
        verb: VERB(attempt.passed ? "passed" : "failed"),
        objectType: "Assessment",
        objectId: attempt.assessmentId,
        result: {
          success: attempt.passed,
          score: { raw: attempt.score, max: attempt.maxScore, scaled: attempt.maxScore ? attempt.score / attempt.maxScore : 0 },
        },
        context,
        timestamp: attempt.submittedAt,
      });
    }
    if (plan.status === "COMPLETED" && plan.completedAt) {
      rows.push({
        actorId,
        verb: VERB("completed"),
        objectType: "Course",
        objectId: plan.course.id,
        result: { completion: true, success: true },
        context,
        timestamp: plan.completedAt,
      });
    }
    return rows;
  });

  const existing = new Set(
    (
      await prisma.learningRecord.findMany({
        where: { actorId: { in: input.userIds } },
        select: { actorId: true, verb: true, objectId: true, timestamp: true },
      })
    ).map(recordKey),
  );
  const missing = records.filter(
    (record) => !existing.has(recordKey({ ...record, timestamp: new Date(record.timestamp ?? 0) })),
  );
  await insertInChunks(missing, (slice) => prisma.learningRecord.createMany({ data: slice }));
}
