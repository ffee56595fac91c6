import "server-only";
import type { GapBucket } from "@/lib/domain/competency/gap-buckets";
import { db } from "@/lib/server/db";
import type { ReportScope } from "./report-scope";
import { gapRollupConditions } from "./scope-sql";

export type GroupedGapBuckets = {
  /** Buckets of the whole scope. */
  total: GapBucket[];
  /** Buckets per breakdown group (a ministry, a child organisation, or the focus itself). */
  byGroup: Map<string, GapBucket[]>;
};

type Row = { groupId: string; competencyId: string; requiredLevel: number; heldLevel: number; officials: number };

/**
 * The scope's gap buckets, read from the roll-up in one statement and broken down by group. The
 * groups partition the scope (the children of the focus plus the focus's own officials; or the
 * ministries; or an admin's roots), so the scope's totals are the sum of the groups'.
 */
export async function loadGapBuckets(scope: ReportScope): Promise<GroupedGapBuckets> {
  const groupIds = scope.groups.map((group) => group.id);
  const focusId = scope.focus?.id ?? null;
  const ancestors = focusId ? [...groupIds, focusId] : groupIds;
  if (ancestors.length === 0) return { total: [], byGroup: new Map() };
  // The focus counts only its own officials (depth 0); its children's come through their groups.
  const rows = await db.$queryRaw<Row[]>`
    SELECT c."ancestorId" AS "groupId", r."competencyId", r."requiredLevel"::int AS "requiredLevel", r."heldLevel"::int AS "heldLevel",
           sum(r."officials")::int AS "officials"
    FROM "CompetencyGapRollup" r
    JOIN "OrganisationClosure" c ON c."descendantId" = r."organisationId" AND c."ancestorId" = ANY(${ancestors}::uuid[])
    WHERE ${gapRollupConditions(scope)} AND r."officials" <> 0
      AND (c."ancestorId" <> ${focusId}::uuid OR c."depth" = 0 OR ${focusId}::uuid IS NULL)
    GROUP BY 1, 2, 3, 4`;
  return groupBuckets(rows);
}

export function groupBuckets(rows: readonly Row[]): GroupedGapBuckets {
  const totals = new Map<string, GapBucket>();
  const byGroup = new Map<string, GapBucket[]>();
  for (const row of rows) {
    const bucket = { competencyId: row.competencyId, requiredLevel: row.requiredLevel, heldLevel: row.heldLevel, officials: row.officials };
    const list = byGroup.get(row.groupId) ?? [];
    list.push(bucket);
    byGroup.set(row.groupId, list);
    const key = `${row.competencyId}:${row.requiredLevel}:${row.heldLevel}`;
    const total = totals.get(key);
    if (total) total.officials += row.officials;
    else totals.set(key, { ...bucket });
  }
  return { total: [...totals.values()], byGroup };
}
