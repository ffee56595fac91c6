import "server-only";
import type { GapBucket } from "@/lib/domain/competency/gap-buckets";
import { hasPeopleFilters } from "@/lib/domain/reports/report-filters.schema";
import { dbRead } from "@/lib/server/db-read";
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
 * The scope's gap buckets broken down by group, in one statement. The groups partition the scope
 * (the children of the focus plus the focus's own officials; or the ministries; or an admin's
 * roots), so the scope's totals are the sum of the groups'.
 *
 * Without role, designation or group filters this reads the per-subtree roll-up: a few hundred
 * rows per group whatever the size of the subtree. With them it sums the detailed buckets below.
 */
export async function loadGapBuckets(scope: ReportScope): Promise<GroupedGapBuckets> {
  const groupIds = scope.groups.map((group) => group.id);
  const focusId = scope.focus?.id ?? null;
  if (groupIds.length === 0 && !focusId) return { total: [], byGroup: new Map() };
  const rows = hasPeopleFilters(scope.filters) ? await detailedRows(scope, groupIds, focusId) : await subtreeRows(groupIds, focusId);
  return groupBuckets(rows);
}

async function subtreeRows(groupIds: string[], focusId: string | null): Promise<Row[]> {
  // The focus's own staff: its whole subtree less its children's subtrees.
  const ids = focusId ? [...groupIds, focusId] : groupIds;
  const rows = await dbRead.$queryRaw<Row[]>`
    SELECT s."organisationId" AS "groupId", s."competencyId", s."requiredLevel"::int AS "requiredLevel", s."heldLevel"::int AS "heldLevel",
           sum(s."officials")::int AS "officials"
    FROM "CompetencyGapSubtree" s
    WHERE s."organisationId" = ANY(${ids}::uuid[]) AND s."officials" <> 0
    GROUP BY 1, 2, 3, 4`;
  if (!focusId) return rows;
  const own = new Map<string, Row>();
  for (const row of rows) {
    const key = `${row.competencyId}:${row.requiredLevel}:${row.heldLevel}`;
    const sign = row.groupId === focusId ? 1 : -1;
    const entry = own.get(key) ?? { ...row, groupId: focusId, officials: 0 };
    entry.officials += sign * row.officials;
    own.set(key, entry);
  }
  return [...rows.filter((row) => row.groupId !== focusId), ...[...own.values()].filter((row) => row.officials !== 0)];
}

function detailedRows(scope: ReportScope, groupIds: string[], focusId: string | null): Promise<Row[]> {
  const ancestors = focusId ? [...groupIds, focusId] : groupIds;
  // The focus counts only its own officials (depth 0); its children's come through their groups.
  return dbRead.$queryRaw<Row[]>`
    SELECT c."ancestorId" AS "groupId", r."competencyId", r."requiredLevel"::int AS "requiredLevel", r."heldLevel"::int AS "heldLevel",
           sum(r."officials")::int AS "officials"
    FROM "CompetencyGapRollup" r
    JOIN "OrganisationClosure" c ON c."descendantId" = r."organisationId" AND c."ancestorId" = ANY(${ancestors}::uuid[])
    WHERE ${gapRollupConditions(scope)} AND r."officials" <> 0
      AND (c."ancestorId" <> ${focusId}::uuid OR c."depth" = 0 OR ${focusId}::uuid IS NULL)
    GROUP BY 1, 2, 3, 4`;
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
