import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db";

// Below this, the "closest" title is usually unrelated and the hint would only confuse.
const MIN_WORD_SIMILARITY = 0.3;

/**
 * "Did you mean…" for a search that found nothing: the published title most like the query by
 * trigram word similarity. Runs only on empty results, so a scan of titles is affordable.
 */
export const findClosestCourseTitle = cache(async (q: string): Promise<string | null> => {
  const rows = await db.$queryRaw<{ title: string }[]>`
    SELECT c."title"
    FROM "Course" c
    WHERE c."status" = 'PUBLISHED' AND word_similarity(${q}, c."title") >= ${MIN_WORD_SIMILARITY}
    ORDER BY word_similarity(${q}, c."title") DESC, c."title"
    LIMIT 1`;
  return rows[0]?.title ?? null;
});
