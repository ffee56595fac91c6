// The course catalogue, created through the course factory. Courses of the demo provider's
// institute are authored by the demo provider account; published courses were reviewed by the
// super admin.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createCourse } from "../../lib/server/factories/create-course";
import { buildCourseInput } from "./course-content";
import { COURSES } from "./courses";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import type { SeededOfficial } from "./seed-officials";
import type { ReferenceData } from "./seed-reference-data";

export async function seedCourses(
  prisma: PrismaClient,
  refs: ReferenceData,
  officials: Map<string, SeededOfficial>,
): Promise<Map<string, string>> {
  const authorId = officials.get(DEMO_ACCOUNTS.provider.email)?.id ?? null;
  const reviewerId = officials.get(DEMO_ACCOUNTS.admin.email)?.id ?? null;
  const courseIds = new Map<string, string>();
  for (const [index, seed] of COURSES.entries()) {
    const providerId = refs.providers.get(seed.provider);
    if (!providerId) throw new Error(`Course ${seed.slug} refers to unknown provider ${seed.provider}`);
    const input = buildCourseInput(seed, index, {
      providerId,
      competencyIds: refs.competencies,
      createdById: seed.provider === DEMO_ACCOUNTS.provider.scope.providerCode ? authorId : null,
      reviewedById: reviewerId,
    });
    const course = await createCourse(prisma, input);
    courseIds.set(seed.slug, course.id);
  }
  return courseIds;
}
