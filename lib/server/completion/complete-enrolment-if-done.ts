import "server-only";
import { randomBytes } from "node:crypto";
import { CERTIFICATE_CODE_RANDOM_BYTES, createCertificateCode } from "@/lib/domain/learning/certificate-code";
import { courseCompletionKarmaEvents, karmaFor, karmaMonthWindow } from "@/lib/domain/learning/karma-points";
import { mergeCourseIntoPassbook } from "@/lib/domain/learning/passbook";
import { Prisma } from "@/lib/generated/prisma/client";
import { raiseHeldLevels } from "@/lib/server/passbook/held-levels";
import { recordLearningEvent } from "@/lib/server/learning-record/record-learning-event";
import { completeProgrammesIfDone } from "@/lib/server/programmes/complete-programmes-if-done";
import { loadCompletionStatus } from "./load-completion-status";

export type CompleteEnrolmentResult = { completed: boolean; certificateCode?: string };

// 55 random bits make a clash vanishingly rare; a few retries only guard against bad luck.
const CERTIFICATE_CODE_TRIES = 5;

/**
 * Completes the enrolment when every required lesson is done and every assessment of the course
 * passed: marks it COMPLETED, issues the certificate, adds the passbook evidence, raises
 * competency levels, awards Karma Points and records "completed" — all in the caller's
 * transaction (a lesson completion or an assessment submission), so the completion and
 * everything it implies commit or roll back together.
 *
 * Idempotent under retries and races: the status-conditional update lets exactly one caller
 * through (a concurrent one blocks on the row and then updates nothing), the certificate is
 * unique per enrolment, Karma is insert-or-ignore on (userId, rule, sourceId) and the user's
 * total rises only by what was inserted, and competency levels are raised with GREATEST in SQL.
 * Returns completed: true only for the call that completed it.
 */
export async function completeEnrolmentIfDone(
  tx: Prisma.TransactionClient,
  input: { enrolmentId: string; now: Date },
): Promise<CompleteEnrolmentResult> {
  const { now } = input;
  const enrolment = await tx.enrolment.findUnique({
    where: { id: input.enrolmentId },
    select: {
      id: true,
      userId: true,
      courseId: true,
      status: true,
      source: true,
      planItemId: true,
      course: { select: { title: true, version: true, competencies: { select: { competencyId: true, level: true } } } },
    },
  });
  if (!enrolment || enrolment.status === "COMPLETED" || enrolment.status === "WITHDRAWN") return { completed: false };

  const status = await loadCompletionStatus(tx, enrolment);
  if (!status.isComplete) return { completed: false };

  const marked = await tx.enrolment.updateMany({
    where: { id: enrolment.id, status: { in: ["ENROLLED", "IN_PROGRESS"] } },
    data: { status: "COMPLETED", progressPercent: 100, completedAt: now, lastAccessedAt: now },
  });
  if (marked.count === 0) return { completed: false };

  const certificate = await issueCertificate(tx, { ...enrolment, courseVersion: enrolment.course.version, now });
  await addPassbookEvidence(tx, {
    userId: enrolment.userId,
    course: { id: enrolment.courseId, title: enrolment.course.title },
    competencies: enrolment.course.competencies,
    certificateId: certificate.id,
    now,
  });
  await awardCompletionKarma(tx, {
    userId: enrolment.userId,
    courseId: enrolment.courseId,
    isPlanCourse: enrolment.source === "PLAN" || enrolment.planItemId !== null,
    now,
  });
  await recordLearningEvent(tx, {
    actorId: enrolment.userId,
    verb: "completed",
    objectType: "course",
    objectId: enrolment.courseId,
    result: { completion: true },
    context: { registration: enrolment.id },
    timestamp: now,
  });
  // A programme whose last course this was completes with it, in this same transaction.
  await completeProgrammesIfDone(tx, { userId: enrolment.userId, courseId: enrolment.courseId, now });
  return { completed: true, certificateCode: certificate.code };
}

async function issueCertificate(
  tx: Prisma.TransactionClient,
  // The version it was earned on: a later version never changes what it vouches for.
  enrolment: { id: string; userId: string; courseId: string; courseVersion: number; now: Date },
): Promise<{ id: string; code: string }> {
  for (let attempt = 0; attempt < CERTIFICATE_CODE_TRIES; attempt++) {
    // ON CONFLICT DO NOTHING rather than catching P2002: a failed statement would abort the
    // caller's whole transaction in PostgreSQL.
    const [created] = await tx.certificate.createManyAndReturn({
      data: [
        {
          enrolmentId: enrolment.id,
          userId: enrolment.userId,
          courseId: enrolment.courseId,
          code: createCertificateCode(randomBytes(CERTIFICATE_CODE_RANDOM_BYTES)),
          courseVersion: enrolment.courseVersion,
          issuedAt: enrolment.now,
        },
      ],
      skipDuplicates: true,
      select: { id: true, code: true },
    });
    if (created) return created;
    // Nothing inserted: either the code clashed, or this enrolment already has a certificate
    // (say, issued by hand before the completion was recorded) — keep that one.
    const existing = await tx.certificate.findUnique({ where: { enrolmentId: enrolment.id }, select: { id: true, code: true } });
    if (existing) return existing;
  }
  throw new Error(`Could not find a free certificate code for enrolment ${enrolment.id}.`);
}

async function addPassbookEvidence(
  tx: Prisma.TransactionClient,
  input: {
    userId: string;
    course: { id: string; title: string };
    competencies: { competencyId: string; level: number }[];
    certificateId: string;
    now: Date;
  },
): Promise<void> {
  if (input.competencies.length === 0) return;
  const current = await tx.officialCompetency.findMany({
    where: { userId: input.userId, competencyId: { in: input.competencies.map((c) => c.competencyId) } },
    select: { competencyId: true, level: true },
  });
  const merge = mergeCourseIntoPassbook({
    currentLevels: new Map(current.map((row) => [row.competencyId, row.level])),
    course: input.course,
    competencies: input.competencies,
    certificateId: input.certificateId,
  });
  await tx.passbookEntry.createMany({
    data: merge.entries.map((entry) => ({ ...entry, userId: input.userId, awardedAt: input.now })),
  });
  await raiseHeldLevels(tx, { userId: input.userId, levels: merge.changes.map((change) => ({ competencyId: change.competencyId, level: change.to })), now: input.now });
}

/**
 * Awards what the completion earns by KARMA_RULES (lib/domain/learning/karma-points.ts). The
 * monthly cap counts this month's COURSE_COMPLETED awards less the plan ones (both rows of a plan
 * course are written together), under a per-official advisory lock so two courses completed at
 * the same moment cannot both take the last place under the cap.
 */
async function awardCompletionKarma(
  tx: Prisma.TransactionClient,
  input: { userId: string; courseId: string; isPlanCourse: boolean; now: Date },
): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`karma-month:${input.userId}`}, 0))`;
  const month = karmaMonthWindow(input.now);
  const [assessments, completedThisMonth, planThisMonth] = await Promise.all([
    tx.assessment.count({ where: { courseId: input.courseId, archivedAt: null } }),
    tx.karmaAward.count({ where: { userId: input.userId, rule: "COURSE_COMPLETED", awardedAt: month } }),
    tx.karmaAward.count({ where: { userId: input.userId, rule: "PLAN_COURSE_COMPLETED", awardedAt: month } }),
  ]);
  const events = courseCompletionKarmaEvents({
    isPlanCourse: input.isPlanCourse,
    hasAssessment: assessments > 0,
    nonPlanCoursesAwardedThisMonth: completedThisMonth - planThisMonth,
  });
  if (events.length === 0) return;
  const inserted = await tx.karmaAward.createManyAndReturn({
    data: events.map((rule) => ({
      userId: input.userId,
      rule,
      points: karmaFor(rule),
      sourceType: "Course",
      sourceId: input.courseId,
      awardedAt: input.now,
    })),
    skipDuplicates: true,
    select: { points: true },
  });
  const points = inserted.reduce((sum, award) => sum + award.points, 0);
  if (points > 0) await tx.user.update({ where: { id: input.userId }, data: { karmaPoints: { increment: points } }, select: { id: true } });
}
