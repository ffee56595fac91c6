import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A course's modules and lessons in order, as the course page and the player's outline show them.
 * Only the live ones: what a later version dropped is archived, kept for the progress that points
 * at it, and never shown to learners.
 */
export const COURSE_OUTLINE_SELECT = {
  where: { archivedAt: null },
  orderBy: { position: "asc" },
  select: {
    id: true,
    title: true,
    lessons: {
      where: { archivedAt: null },
      orderBy: { position: "asc" },
      select: { id: true, title: true, type: true, durationSeconds: true, isRequired: true },
    },
  },
} as const satisfies Prisma.Course$modulesArgs;
