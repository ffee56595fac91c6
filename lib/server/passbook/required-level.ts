import "server-only";
import type { DbTransaction } from "@/lib/server/db";

type Tx = Pick<DbTransaction, "roleCompetency">;

/**
 * The level an official's post requires of a competency — the strictest of its FRAC roles — or
 * null when the post does not require it (or no post is recorded).
 */
export async function requiredLevelFor(tx: Tx, input: { fracPositionId: string | null; competencyId: string }): Promise<number | null> {
  if (!input.fracPositionId) return null;
  const { _max } = await tx.roleCompetency.aggregate({
    where: { competencyId: input.competencyId, role: { positions: { some: { positionId: input.fracPositionId } } } },
    _max: { requiredLevel: true },
  });
  return _max.requiredLevel;
}
