import "server-only";
import { courseDraftSchema, type CourseDraft } from "@/lib/domain/studio/course-draft";
import type { ReviewStageName } from "@/lib/domain/studio/review-routing";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createCourse } from "@/lib/server/factories/create-course";
import { newId } from "@/lib/server/factories/new-id";

// Test fixtures for the review: a course whose first version is written straight into
// CourseRevision (the authoring use-cases are exercised in their own tests), and reviewer groups.

/** A version document that passes every submission check: one module, one text lesson. */
export function readyDraft(input: { title: string; competencyId: string; level?: number; lessonKey?: string }): CourseDraft {
  return courseDraftSchema.parse({
    title: input.title,
    summary: "A course written to be reviewed in a test.",
    description: "Reviewed in a test.",
    durationMinutes: 15,
    competencies: [{ competencyId: input.competencyId, level: input.level ?? 2 }],
    modules: [
      {
        key: newId(),
        title: "The only module",
        lessons: [{ key: input.lessonKey ?? newId(), type: "TEXT", title: "The only lesson", durationSeconds: 600, body: "Read this." }],
      },
    ],
  });
}

/** A never-published course of the provider with version 1 in draft, written by `authorId`. */
export async function createDraftCourse(
  prisma: PrismaClient,
  input: { providerId: string; organisationId: string | null; authorId: string; draft: CourseDraft },
): Promise<{ courseId: string; revisionId: string }> {
  const course = await createCourse(prisma, { providerId: input.providerId, status: "DRAFT", title: input.draft.title, modules: [], createdById: input.authorId });
  await prisma.course.update({ where: { id: course.id }, data: { organisationId: input.organisationId } });
  const revision = await prisma.courseRevision.create({
    data: { courseId: course.id, number: 1, title: input.draft.title, content: input.draft, createdById: input.authorId, savedById: input.authorId },
    select: { id: true },
  });
  return { courseId: course.id, revisionId: revision.id };
}

export async function createReviewerGroup(
  prisma: PrismaClient,
  input: { organisationId: string; stage: ReviewStageName; competencyArea?: string | null; memberIds: string[]; name?: string },
): Promise<string> {
  const group = await prisma.reviewerGroup.create({
    data: {
      organisationId: input.organisationId,
      stage: input.stage,
      competencyArea: input.competencyArea ?? null,
      name: input.name ?? `${input.stage} ${input.competencyArea ?? "all areas"}`,
      members: { create: input.memberIds.map((userId) => ({ userId })) },
    },
    select: { id: true },
  });
  return group.id;
}
