import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { learnerTabHref } from "@/lib/domain/learner-tabs";
import { planNotice } from "@/lib/domain/plan/plan-notice";
import { queueEmails } from "@/lib/server/mail/queue-emails";
import { absoluteUrl } from "@/lib/server/public-url";
import { recordPlanAssignments } from "./record-plan-assignments";

/**
 * Records a published version's assignments, writes each newly assigned official one notice to
 * the outbox, and enrols every assigned official who has no
 * enrolment yet in an online course (source PLAN, with the due date), in the caller's
 * transaction. An enrolment the official already has keeps its source, progress and status; it is
 * only linked to the plan item (see linkOwnEnrolments).
 * Blended and face-to-face courses are assigned but not enrolled: the official picks a batch.
 * Idempotent: run again, it adds only officials who have since come to match.
 */
export async function assignPlanOfficials(
  tx: Prisma.TransactionClient,
  input: { planId: string; assignedById: string; now: Date },
): Promise<{ assignments: number; enrolments: number }> {
  const added = await recordPlanAssignments(tx, { planId: input.planId });
  const enrolments = await tx.$executeRaw`
    INSERT INTO "Enrolment" ("id", "userId", "courseId", "source", "assignedById", "planItemId", "dueAt", "seenVersion", "enrolledAt")
    SELECT gen_random_uuid(), a."userId", a."courseId", 'PLAN'::"EnrolmentSource", ${input.assignedById}::uuid, a."planItemId", a."dueAt", c."version", (${input.now}::timestamptz AT TIME ZONE 'UTC')
      FROM (
        SELECT DISTINCT ON ("userId", "courseId") "userId", "courseId", "planItemId", "dueAt"
          FROM "PlanAssignment" WHERE "planId" = ${input.planId}::uuid
         ORDER BY "userId", "courseId", "dueAt"
      ) a
      JOIN "Course" c ON c."id" = a."courseId" AND c."status" = 'PUBLISHED' AND c."mode" = 'ONLINE'
    ON CONFLICT ("userId", "courseId") DO NOTHING`;
  await linkOwnEnrolments(tx, input.planId);
  await queuePlanNotices(tx, { planId: input.planId, added });
  return { assignments: added.length, enrolments };
}

/**
 * A course the official had already enrolled in becomes a plan course too: linked to the item, so
 * it shows under Assigned, earns plan karma and counts in compliance, and given the plan's due date
 * if it is still open and had none. A due date it already had is kept; so are its progress, status
 * and how it began. Withdrawn enrolments stay withdrawn: the course shows under Assigned to enrol in.
 */
async function linkOwnEnrolments(tx: Prisma.TransactionClient, planId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Enrolment" e
       SET "planItemId" = a."planItemId",
           "dueAt" = CASE WHEN e."dueAt" IS NULL AND e."status" IN ('ENROLLED', 'IN_PROGRESS') THEN a."dueAt" ELSE e."dueAt" END
      FROM (
        SELECT DISTINCT ON ("userId", "courseId") "userId", "courseId", "planItemId", "dueAt"
          FROM "PlanAssignment" WHERE "planId" = ${planId}::uuid
         ORDER BY "userId", "courseId", "dueAt"
      ) a
     WHERE e."userId" = a."userId" AND e."courseId" = a."courseId"
       AND e."planItemId" IS NULL AND e."status" <> 'WITHDRAWN'`;
}

const EMAIL_CHUNK = 2_000;

/**
 * One notice per official with something new for them, through the outbox, in the publication's
 * transaction. A course an earlier version of the same year already assigned them is not new.
 */
async function queuePlanNotices(tx: Prisma.TransactionClient, input: { planId: string; added: { userId: string; courseId: string; dueAt: Date }[] }): Promise<void> {
  if (input.added.length === 0) return;
  const plan = await tx.capacityBuildingPlan.findUniqueOrThrow({ where: { id: input.planId }, select: { title: true, organisationId: true, year: true } });
  const courseIds = [...new Set(input.added.map((row) => row.courseId))];
  const titles = new Map((await tx.course.findMany({ where: { id: { in: courseIds } }, select: { id: true, title: true, titleHi: true } })).map((course) => [course.id, course]));
  const assignedUrl = absoluteUrl(learnerTabHref("assigned"));
  // Per official, per course, the earlier due date (two items can assign the same course).
  const byOfficial = new Map<string, Map<string, Date>>();
  for (const row of input.added) {
    const courses = byOfficial.get(row.userId) ?? new Map<string, Date>();
    const due = courses.get(row.courseId);
    courses.set(row.courseId, due && due < row.dueAt ? due : row.dueAt);
    byOfficial.set(row.userId, courses);
  }
  const userIds = [...byOfficial.keys()];
  for (let start = 0; start < userIds.length; start += EMAIL_CHUNK) {
    const chunk = userIds.slice(start, start + EMAIL_CHUNK);
    const [officials, earlier] = await Promise.all([
      tx.user.findMany({ where: { id: { in: chunk } }, select: { id: true, name: true, email: true, preferredLanguage: true } }),
      tx.planAssignment.findMany({
        where: { userId: { in: chunk }, planId: { not: input.planId }, plan: { organisationId: plan.organisationId, year: plan.year } },
        select: { userId: true, courseId: true },
      }),
    ]);
    const known = new Set(earlier.map((row) => `${row.userId}:${row.courseId}`));
    const notices = officials.flatMap((official) => {
      const courses = [...(byOfficial.get(official.id) ?? new Map<string, Date>())]
        .filter(([courseId]) => !known.has(`${official.id}:${courseId}`))
        .map(([courseId, dueAt]) => ({ title: titles.get(courseId)?.title ?? "", titleHi: titles.get(courseId)?.titleHi ?? null, dueAt }))
        .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
      return courses.length === 0 ? [] : [planNotice({ planId: input.planId, planTitle: plan.title, official, courses, assignedUrl })];
    });
    await queueEmails(tx, notices);
  }
}
