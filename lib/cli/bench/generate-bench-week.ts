// A National Learning Week at scale for the benchmark: many generated officials spread over the
// organisations, most of whom learn on one to three days of the current week. Set-based inserts;
// the weekly totals come from the same trigger the app relies on. Values derive from the row
// number, so every run is identical.
import type { PrismaClient } from "../../generated/prisma/client";
import { isoDate } from "../../domain/format-date";
import { weekWindow } from "../../domain/learning/learning-hours";

/** Share of the generated officials who learn this week, in percent. */
const ACTIVE_PERCENT = 70;

export async function generateBenchWeek(prisma: PrismaClient, officials: number, now: Date = new Date()): Promise<{ weekStart: string }> {
  const weekStart = isoDate(weekWindow(now).start);
  await prisma.$executeRaw`
    WITH organisations AS (SELECT array_agg("id" ORDER BY "code") AS ids FROM "Organisation")
    INSERT INTO "User" ("id", "email", "name", "organisationId", "updatedAt")
    SELECT gen_random_uuid(), 'bench.official.' || g || '@bench.kaushal.gov.in', 'Bench Official ' || g,
           organisations.ids[1 + g % cardinality(organisations.ids)], now()
    FROM generate_series(1, ${officials}::int) AS g, organisations
    ON CONFLICT ("email") DO NOTHING`;
  await prisma.$executeRaw`
    INSERT INTO "LearningTimeDaily" ("userId", "day", "seconds", "competencyLinkedSeconds")
    SELECT u."id", ${weekStart}::date + d.k, s.seconds, s.seconds * (3 + n.g % 2) / 4
    FROM "User" u
    CROSS JOIN LATERAL (SELECT substring(u."email" FROM 16 FOR position('@' IN u."email") - 16)::int AS g) n
    CROSS JOIN LATERAL generate_series(0, n.g % 3) AS d(k)
    CROSS JOIN LATERAL (SELECT 300 + (n.g * 97 + d.k * 1013) % 7200 AS seconds) s
    WHERE u."email" LIKE 'bench.official.%' AND n.g % 100 < ${ACTIVE_PERCENT}
    ON CONFLICT ("userId", "day") DO NOTHING`;
  await prisma.$executeRawUnsafe(`ANALYZE "User", "LearningTimeDaily", "LearningTimeWeekly"`);
  return { weekStart };
}
