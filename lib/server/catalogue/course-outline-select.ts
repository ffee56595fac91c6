import type { Prisma } from "@/lib/generated/prisma/client";

/** A course's modules and lessons in order, as the course page and the player's outline show them. */
export const COURSE_OUTLINE_SELECT = {
  orderBy: { position: "asc" },
  select: {
    id: true,
    title: true,
    lessons: {
      orderBy: { position: "asc" },
      select: { id: true, title: true, type: true, durationSeconds: true, isRequired: true },
    },
  },
} as const satisfies Prisma.Course$modulesArgs;
