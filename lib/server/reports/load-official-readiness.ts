import "server-only";
import { assessRequirements, readinessOf, type Readiness, type RequirementStatus } from "@/lib/domain/competency/requirement-status";
import type { DbTransaction } from "@/lib/server/db";

export type OfficialReadiness = { readiness: Readiness; statuses: RequirementStatus[] };

type Client = Pick<DbTransaction, "$queryRaw">;

/**
 * Requirements and held levels for a batch of officials in two statements (their posts'
 * requirements, their held levels), assessed by the domain rules.
 */
export async function loadOfficialReadiness(client: Client, officials: readonly { id: string; fracPositionId: string | null }[]): Promise<Map<string, OfficialReadiness>> {
  const positionIds = [...new Set(officials.flatMap((official) => (official.fracPositionId ? [official.fracPositionId] : [])))];
  const userIds = officials.map((official) => official.id);
  if (userIds.length === 0) return new Map();
  const [requirements, held] = await Promise.all([
    positionIds.length === 0
      ? []
      : client.$queryRaw<{ positionId: string; competencyId: string; requiredLevel: number }[]>`
          SELECT pr."positionId", rc."competencyId", max(rc."requiredLevel")::int AS "requiredLevel"
          FROM "FracPositionRole" pr JOIN "RoleCompetency" rc ON rc."roleId" = pr."roleId"
          WHERE pr."positionId" = ANY(${positionIds}::uuid[])
          GROUP BY 1, 2`,
    client.$queryRaw<{ userId: string; competencyId: string; level: number }[]>`
      SELECT "userId", "competencyId", "level"::int AS "level" FROM "OfficialCompetency" WHERE "userId" = ANY(${userIds}::uuid[])`,
  ]);
  const required = new Map<string, Map<string, number>>();
  for (const row of requirements) {
    const map = required.get(row.positionId) ?? new Map<string, number>();
    map.set(row.competencyId, row.requiredLevel);
    required.set(row.positionId, map);
  }
  const heldBy = new Map<string, Map<string, number>>();
  for (const row of held) {
    const map = heldBy.get(row.userId) ?? new Map<string, number>();
    map.set(row.competencyId, row.level);
    heldBy.set(row.userId, map);
  }
  const result = new Map<string, OfficialReadiness>();
  for (const official of officials) {
    const statuses = assessRequirements(required.get(official.fracPositionId ?? "") ?? new Map(), heldBy.get(official.id) ?? new Map());
    result.set(official.id, { readiness: readinessOf(statuses), statuses });
  }
  return result;
}
