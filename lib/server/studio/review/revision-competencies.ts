import "server-only";
import { courseCompetencyArea } from "@/lib/domain/studio/review-routing";
import { db } from "@/lib/server/db";

/**
 * The competency area of each version, read from the competencies its document tags (with their
 * levels) without loading the documents themselves, which can be large.
 */
export async function revisionAreas(revisionIds: string[]): Promise<Map<string, string | null>> {
  if (revisionIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ revisionId: string; area: string; level: number }[]>`
    SELECT r."id" AS "revisionId", c."area", (tag->>'level')::int AS "level"
    FROM "CourseRevision" r
    CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(r."content"->'competencies') = 'array' THEN r."content"->'competencies' ELSE '[]'::jsonb END) AS tag
    JOIN "Competency" c ON c."id"::text = tag->>'competencyId'
    WHERE r."id" = ANY(${revisionIds}::uuid[])`;
  const tagged = new Map<string, { area: string; level: number }[]>();
  for (const row of rows) tagged.set(row.revisionId, [...(tagged.get(row.revisionId) ?? []), { area: row.area, level: row.level }]);
  return new Map(revisionIds.map((id) => [id, courseCompetencyArea(tagged.get(id) ?? [])]));
}
