// Row counts for the seed's closing summary and for the idempotence test.
import type { PrismaClient } from "../../lib/generated/prisma/client";

export type SeedCounts = Record<string, number>;

export async function countSeededRows(prisma: PrismaClient): Promise<SeedCounts> {
  const [
    organisations, organisationClosures, competencies, competencyLevels, fracRoles, fracActivities,
    activityCompetencies, roleCompetencies, fracPositions, fracPositionRoles, providers, users, userRoles,
    courses, publishedCourses, courseCompetencies, modules, lessons, assessments, questions, questionOptions,
    batches, batchSessions, enrolments, lessonProgress, attempts, attemptAnswers, certificates, ratings,
    passbookEntries, officialCompetencies, learningRecords, sessionAttendance, plans, planItems,
  ] = await Promise.all([
    prisma.organisation.count(), prisma.organisationClosure.count(), prisma.competency.count(),
    prisma.competencyLevel.count(), prisma.fracRole.count(), prisma.fracActivity.count(),
    prisma.activityCompetency.count(), prisma.roleCompetency.count(), prisma.fracPosition.count(),
    prisma.fracPositionRole.count(), prisma.provider.count(), prisma.user.count(), prisma.userRole.count(),
    prisma.course.count(), prisma.course.count({ where: { status: "PUBLISHED" } }), prisma.courseCompetency.count(),
    prisma.courseModule.count(), prisma.lesson.count(), prisma.assessment.count(), prisma.question.count(),
    prisma.questionOption.count(), prisma.batch.count(), prisma.batchSession.count(), prisma.enrolment.count(),
    prisma.lessonProgress.count(), prisma.assessmentAttempt.count(), prisma.attemptAnswer.count(),
    prisma.certificate.count(), prisma.courseRating.count(), prisma.passbookEntry.count(),
    prisma.officialCompetency.count(), prisma.learningRecord.count(), prisma.sessionAttendance.count(),
    prisma.capacityBuildingPlan.count(), prisma.planItem.count(),
  ]);
  return {
    organisations, organisationClosures, competencies, competencyLevels, fracRoles, fracActivities,
    activityCompetencies, roleCompetencies, fracPositions, fracPositionRoles, providers, users, userRoles,
    courses, publishedCourses, courseCompetencies, modules, lessons, assessments, questions, questionOptions,
    batches, batchSessions, enrolments, lessonProgress, attempts, attemptAnswers, certificates, ratings,
    passbookEntries, officialCompetencies, learningRecords, sessionAttendance, plans, planItems,
  };
}
