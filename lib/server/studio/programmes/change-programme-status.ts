import "server-only";
import { DomainError } from "@/lib/domain/learning/domain-error";
import type { CurrentUser } from "@/lib/domain/roles";
import { canMoveProgramme, canPublishProgramme } from "@/lib/domain/studio/programme-rules";
import { providerScopeFilter } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

/**
 * Publishes a draft programme (it needs at least two published courses at that moment) or
 * archives one. Archiving hides it from the catalogue; officials already enrolled keep their
 * enrolment, progress and any certificate.
 */
export async function changeProgrammeStatus(user: CurrentUser, input: { programmeId: string; status: "PUBLISHED" | "ARCHIVED"; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  await db.$transaction(async (tx) => {
    // The row lock orders this after any save of the course list in flight.
    await tx.$queryRaw`SELECT 1 FROM "Programme" WHERE "id" = ${input.programmeId}::uuid FOR UPDATE`;
    const programme = await tx.programme.findFirst({
      where: { id: input.programmeId, ...providerScopeFilter(user) },
      select: { id: true, status: true, courses: { select: { course: { select: { status: true } } } } },
    });
    if (!programme) throw new DomainError("STUDIO_ITEM_NOT_FOUND");
    if (!canMoveProgramme(programme.status, input.status)) throw new DomainError("PROGRAMME_STATUS_TRANSITION");
    if (input.status === "PUBLISHED" && !canPublishProgramme(programme.courses.map((row) => row.course))) {
      throw new DomainError("PROGRAMME_NEEDS_COURSES");
    }
    await tx.programme.update({
      where: { id: programme.id },
      data: input.status === "PUBLISHED" ? { status: "PUBLISHED", publishedAt: now } : { status: "ARCHIVED", archivedAt: now },
      select: { id: true },
    });
  });
}
