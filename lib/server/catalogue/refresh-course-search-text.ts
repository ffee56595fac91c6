import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { FactoryClient } from "../factories/factory-client";

/**
 * Recomputes Course.searchText (title, Hindi title, summary, provider name, competency names in
 * English and Hindi) and Course.enrolmentCount (enrolments not withdrawn) in one statement, for
 * the given courses or all of them. Call it after anything that changes those inputs — a course
 * edit, its competencies, a provider or competency rename, a bulk import — since PostgreSQL
 * derives "searchVector" from searchText but nothing derives searchText itself.
 * Rows already up to date are not rewritten. Returns how many rows changed.
 *
 * Relative imports: the seed and the benchmark run this outside Next's path aliases.
 */
export async function refreshCourseSearchText(client: FactoryClient, courseIds?: readonly string[]): Promise<number> {
  if (courseIds && courseIds.length === 0) return 0;
  const scope = courseIds ? Prisma.sql`WHERE c2."id" = ANY(CAST(${[...courseIds]} AS uuid[]))` : Prisma.empty;
  return client.$executeRaw`
    UPDATE "Course" c
    SET "searchText" = fresh."searchText", "enrolmentCount" = fresh."enrolmentCount"
    FROM (
      SELECT c2."id",
        concat_ws(' ', c2."title", c2."titleHi", c2."summary", p."name",
          (SELECT string_agg(concat_ws(' ', k."name", k."nameHi"), ' ' ORDER BY k."name")
             FROM "CourseCompetency" cc JOIN "Competency" k ON k."id" = cc."competencyId"
            WHERE cc."courseId" = c2."id")) AS "searchText",
        (SELECT count(*)::int FROM "Enrolment" e
          WHERE e."courseId" = c2."id" AND e."status" <> 'WITHDRAWN') AS "enrolmentCount"
      FROM "Course" c2 JOIN "Provider" p ON p."id" = c2."providerId"
      ${scope}
    ) fresh
    WHERE c."id" = fresh."id"
      AND (c."searchText" IS DISTINCT FROM fresh."searchText" OR c."enrolmentCount" <> fresh."enrolmentCount")`;
}
