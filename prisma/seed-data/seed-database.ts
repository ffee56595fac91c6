// The whole demo seed, callable from the CLI (prisma/seed.ts) and from integration tests.
// Idempotent: reference data is upserted by natural key, bulk data skips rows that exist, and
// demo accounts are put back to their documented state on every run.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { refreshCourseSearchText } from "../../lib/server/catalogue/refresh-course-search-text";
import { recordPlanAssignments } from "../../lib/server/plan/record-plan-assignments";
import { countSeededRows, type SeedCounts } from "./count-seeded-rows";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { DEMO_LEARNER_ENROLMENTS } from "./demo-learner-history";
import { loadActivityCourses, loadActivityOfficials } from "./load-activity-context";
import { planEnrolments } from "./plan-enrolments";
import { seedCapacityBuildingPlan } from "./seed-capacity-building-plan";
import { seedCourses } from "./seed-courses";
import { seedEngagement } from "./seed-engagement";
import { seedIntegrityFlags } from "./seed-integrity-flags";
import { seedAdminQueues } from "./seed-admin-queues";
import { seedLearningActivity } from "./seed-learning-activity";
import { seedOfficials } from "./seed-officials";
import { seedReferenceData } from "./seed-reference-data";
import { seedRecentWeeks } from "./seed-recent-weeks";
import { seedStudioReview } from "./seed-studio-review";

export type SeedOptions = { log?: (message: string) => void };

export async function seedDatabase(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedCounts> {
  const log = options.log ?? (() => {});
  const started = Date.now();
  const step = (name: string) => log(`  ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  const refs = await seedReferenceData(prisma);
  step("organisations, competencies, FRAC roles and posts, providers");
  const officials = await seedOfficials(prisma, refs);
  step("officials and demo accounts");
  const courseIds = await seedCourses(prisma, refs, officials);
  step("courses");
  const plan = await seedCapacityBuildingPlan(prisma, refs, officials, courseIds);
  await recordPlanAssignments(prisma, { planId: plan.planId });
  step("capacity building plan");

  const subtree = new Set(
    (
      await prisma.organisationClosure.findMany({ where: { ancestorId: plan.organisationId }, select: { descendantId: true } })
    ).map((row) => row.descendantId),
  );
  // Only active learners build up activity; the super admin and the suspended account do not.
  const excluded = new Set<string>([DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.suspended.email]);
  const activityOfficials = await loadActivityOfficials(
    prisma,
    [...officials.values()].filter((official) => !excluded.has(official.email)).map((official) => official.id),
  );
  const learner = activityOfficials.find((official) => official.email === DEMO_ACCOUNTS.learner.email) ?? null;
  const courses = await loadActivityCourses(prisma, [...courseIds.values()]);
  const plans = planEnrolments({
    officials: activityOfficials.filter((official) => official !== learner),
    courses,
    plan: { items: plan.items, assignedById: plan.assignedById, subtree },
    scripted: learner ? { official: learner, enrolments: DEMO_LEARNER_ENROLMENTS } : null,
  });
  await seedLearningActivity(prisma, plans, activityOfficials);
  step("enrolments, progress, attempts, certificates, passbook, ratings, learning records");
  await seedRecentWeeks(prisma, plan.organisationId);
  step("reading sessions in the last few weeks");
  await seedEngagement(prisma, activityOfficials.map((official) => official.id));
  step("learning time per day and Karma Points");
  await seedIntegrityFlags(prisma, plan.organisationId);
  step("integrity flags for review");
  await seedAdminQueues(prisma);
  step("transfer requests and registrations waiting for the admin");
  await seedStudioReview(prisma);
  step("studio: reviewer groups and courses in every review state");
  // Enrolments above are bulk inserts, and earlier runs may predate renamed providers or
  // competencies: bring every course's search text and enrolment count up to date.
  await refreshCourseSearchText(prisma);
  step("catalogue search text and enrolment counts");

  return countSeededRows(prisma);
}
