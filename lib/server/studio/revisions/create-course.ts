import "server-only";
import { courseDraftSchema } from "@/lib/domain/studio/course-draft";
import { slugStem, uniqueSlug } from "@/lib/domain/studio/course-slug";
import { StudioError } from "@/lib/domain/studio/studio-error";
import type { CurrentUser } from "@/lib/domain/roles";
import { Prisma } from "@/lib/generated/prisma/client";
import { providerIdsOf } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

export type CreateCourseInput = {
  title: string;
  summary: string;
  /** Needed only when the author works for more than one provider. */
  providerId?: string | null;
};

export type CreatedCourse = { courseId: string; revisionId: string; slug: string };

// Two authors choosing the same title at once both see the stem free; the loser's insert hits
// the slug's unique index and tries again with the next number.
const SLUG_ATTEMPTS = 4;

/**
 * A new course of the author's provider: the Course row (DRAFT, reviewed by the provider's
 * organisation) and its version 1 holding the draft, in one transaction. The course stays out of
 * the catalogue until a version is published.
 */
export async function createCourse(user: Pick<CurrentUser, "id" | "grants">, input: CreateCourseInput): Promise<CreatedCourse> {
  const providerIds = providerIdsOf(user);
  const providerId = input.providerId ?? (providerIds.length === 1 ? providerIds[0] : undefined);
  // Only providers the user holds a CONTENT_PROVIDER grant for, even for a super admin: a course
  // is always written on behalf of a provider someone answers for.
  if (!providerId || !providerIds.includes(providerId)) throw new StudioError("NO_PROVIDER");

  const draft = courseDraftSchema.parse({ title: input.title.trim(), summary: input.summary.trim() });
  const stem = slugStem(draft.title);

  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction(async (tx) => {
        const provider = await tx.provider.findUniqueOrThrow({ where: { id: providerId }, select: { organisationId: true } });
        const taken = await tx.course.findMany({ where: { slug: { startsWith: stem } }, select: { slug: true } });
        const slug = uniqueSlug(stem, taken.map((course) => course.slug));
        const course = await tx.course.create({
          data: {
            slug,
            providerId,
            organisationId: provider.organisationId,
            title: draft.title,
            summary: draft.summary,
            description: "",
            // The live row must state a positive duration (a check constraint); the draft's own
            // value replaces it when a version is published.
            durationMinutes: Math.max(1, draft.durationMinutes),
            status: "DRAFT",
            createdById: user.id,
          },
          select: { id: true },
        });
        const revision = await tx.courseRevision.create({
          data: { courseId: course.id, number: 1, status: "DRAFT", title: draft.title, content: draft, createdById: user.id, savedById: user.id },
          select: { id: true },
        });
        return { courseId: course.id, revisionId: revision.id, slug };
      });
    } catch (error) {
      if (attempt < SLUG_ATTEMPTS && isSlugConflict(error)) continue;
      throw error;
    }
  }
}

function isSlugConflict(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
