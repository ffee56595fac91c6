import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportScope } from "./report-scope";

// SQL conditions for a report scope, shared by every report query so the scope is applied the
// same way everywhere. Identifiers come from this file only; values are always parameters.

const TRUE = Prisma.sql`TRUE`;

/** `<column>` lies in the scope's subtrees (a semi-join, so overlapping roots never double count). */
export function inScopeOrganisations(scope: Pick<ReportScope, "rootIds">, column: string): Prisma.Sql {
  if (!scope.rootIds) return TRUE;
  return Prisma.sql`${Prisma.raw(column)} IN (SELECT "descendantId" FROM "OrganisationClosure" WHERE "ancestorId" = ANY(${scope.rootIds}::uuid[]))`;
}

/** Conditions on a CompetencyGapRollup row (alias `r`): subtree, FRAC role, designation, group. */
export function gapRollupConditions(scope: Pick<ReportScope, "rootIds" | "filters">): Prisma.Sql {
  const parts: Prisma.Sql[] = [inScopeOrganisations(scope, `r."organisationId"`)];
  const { roleId, designation, serviceGroup } = scope.filters;
  if (roleId) parts.push(Prisma.sql`r."fracPositionId" IN (SELECT "positionId" FROM "FracPositionRole" WHERE "roleId" = ${roleId}::uuid)`);
  if (designation) parts.push(Prisma.sql`r."designation" = ${designation}`);
  if (serviceGroup) parts.push(Prisma.sql`r."serviceGroup" = ${serviceGroup}`);
  return Prisma.join(parts, " AND ");
}

/** Conditions on a User row (alias `u`) for the officials a report lists: active, posted, in scope. */
export function officialConditions(scope: Pick<ReportScope, "rootIds" | "filters">): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`u."status" = 'ACTIVE'`, Prisma.sql`u."organisationId" IS NOT NULL`, inScopeOrganisations(scope, `u."organisationId"`)];
  const { roleId, designation, serviceGroup } = scope.filters;
  if (roleId) parts.push(Prisma.sql`u."fracPositionId" IN (SELECT "positionId" FROM "FracPositionRole" WHERE "roleId" = ${roleId}::uuid)`);
  if (designation) parts.push(Prisma.sql`u."designation" = ${designation}`);
  if (serviceGroup) parts.push(Prisma.sql`u."group" = ${serviceGroup}::"ServiceGroup"`);
  return Prisma.join(parts, " AND ");
}

/**
 * The subtree roll-ups' own rows for a scope: its root organisations (disjoint, see
 * resolveReportScope), or the government's all-zero id (government_scope_id()).
 */
export const GOVERNMENT_SCOPE_ID = "00000000-0000-0000-0000-000000000000";

export function subtreeScopeIds(scope: Pick<ReportScope, "rootIds">): string[] {
  return scope.rootIds ?? [GOVERNMENT_SCOPE_ID];
}
