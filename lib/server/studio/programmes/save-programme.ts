import "server-only";
import { randomBytes } from "node:crypto";
import { DomainError } from "@/lib/domain/learning/domain-error";
import { PermissionDeniedError } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import type { ProgrammeFormInput } from "@/lib/domain/studio/programme.schema";
import { programmeSlug } from "@/lib/domain/studio/programme-rules";
import { providerIdsOf, providerScopeFilter } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

/**
 * Creates a programme for the author's provider, or rewrites a draft one they may author:
 * details, courses in order and competencies replaced together in one transaction. Courses
 * may be any provider's but must be published; the thumbnail must be the provider's upload.
 */
export async function saveProgramme(user: CurrentUser, input: Omit<ProgrammeFormInput, "programmeId"> & { programmeId?: string }): Promise<{ programmeId: string; slug: string }> {
  return db.$transaction(async (tx) => {
    let providerId: string;
    let programmeId: string;
    let slug: string;
    if (input.programmeId) {
      // Locked so a publish racing with this save sees either the old or the new course list.
      const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Programme" WHERE "id" = ${input.programmeId}::uuid FOR UPDATE`;
      const existing = rows.length
        ? await tx.programme.findFirst({ where: { id: input.programmeId, ...providerScopeFilter(user) }, select: { id: true, slug: true, status: true, providerId: true } })
        : null;
      if (!existing) throw new DomainError("STUDIO_ITEM_NOT_FOUND");
      if (existing.status !== "DRAFT") throw new DomainError("PROGRAMME_NOT_EDITABLE");
      ({ providerId, id: programmeId, slug } = existing);
    } else {
      const own = providerIdsOf(user);
      if (own.length === 0) throw new PermissionDeniedError("course:author", "Your account is not linked to a content provider.");
      providerId = own[0]!;
      programmeId = "";
      slug = programmeSlug(input.title, randomBytes(3).toString("hex"));
    }

    const courses = await tx.course.findMany({ where: { id: { in: input.courseIds } }, select: { id: true, status: true } });
    if (courses.length !== input.courseIds.length || courses.some((course) => course.status !== "PUBLISHED")) {
      throw new DomainError("PROGRAMME_COURSE_NOT_PUBLISHED");
    }
    if (input.thumbnailId && (await tx.mediaAsset.count({ where: { id: input.thumbnailId, providerId, kind: "IMAGE" } })) === 0) {
      throw new DomainError("STUDIO_ITEM_NOT_FOUND", "That image is not one of your provider's uploads. Upload it again.");
    }

    const details = { title: input.title, summary: input.summary, description: input.description, thumbnailId: input.thumbnailId };
    if (programmeId) {
      await tx.programme.update({ where: { id: programmeId }, data: details, select: { id: true } });
      await tx.programmeCourse.deleteMany({ where: { programmeId } });
      await tx.programmeCompetency.deleteMany({ where: { programmeId } });
    } else {
      const created = await tx.programme.create({ data: { ...details, slug, providerId }, select: { id: true } });
      programmeId = created.id;
    }
    if (input.courseIds.length) {
      await tx.programmeCourse.createMany({ data: input.courseIds.map((courseId, position) => ({ programmeId, courseId, position: position + 1 })) });
    }
    if (input.competencies.length) {
      await tx.programmeCompetency.createMany({ data: input.competencies.map((row) => ({ programmeId, ...row })) });
    }
    return { programmeId, slug };
  });
}
