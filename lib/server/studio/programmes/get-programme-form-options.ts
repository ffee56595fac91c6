import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db";

export type ProgrammeFormOptions = {
  courses: { id: string; title: string; providerName: string }[];
  competencies: { id: string; name: string; area: string }[];
};

/** Every published course (any provider's) and the active framework's competencies. */
export const getProgrammeFormOptions = cache(async (): Promise<ProgrammeFormOptions> => {
  const [courses, competencies] = await Promise.all([
    db.course.findMany({ where: { status: "PUBLISHED" }, orderBy: [{ title: "asc" }, { id: "asc" }], take: 1000, select: { id: true, title: true, provider: { select: { name: true } } } }),
    db.competency.findMany({ where: { framework: { status: "ACTIVE" } }, orderBy: [{ name: "asc" }], select: { id: true, name: true, area: true } }),
  ]);
  return {
    courses: courses.map((course) => ({ id: course.id, title: course.title, providerName: course.provider.name })),
    competencies,
  };
});
