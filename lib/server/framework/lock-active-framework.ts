import "server-only";
import type { DbTransaction } from "@/lib/server/db";

export type ActiveFramework = { id: string; code: string };

/**
 * Every write to the framework (an edit, an import, a new version) first locks the active
 * version's row, so writes apply one after another and an import's plan cannot go stale while it
 * is applied. Returns null when the version that was active has just been superseded: the
 * caller's view of the framework is out of date.
 */
export async function lockActiveFramework(tx: Pick<DbTransaction, "$queryRaw">): Promise<ActiveFramework | null> {
  const [row] = await tx.$queryRaw<ActiveFramework[]>`
    SELECT "id"::text AS "id", "code" FROM "CompetencyFramework" WHERE "status" = 'ACTIVE' FOR UPDATE`;
  return row ?? null;
}
