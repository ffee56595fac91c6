import "server-only";
import { hasPeopleFilters } from "@/lib/domain/reports/report-filters.schema";
import { pageWindow } from "@/lib/domain/pagination";
import { dbRead } from "@/lib/server/db-read";
import { loadOfficialReadiness, type OfficialReadiness } from "./load-official-readiness";
import type { ReportScope } from "./report-scope";
import { inScopeOrganisations, officialConditions } from "./scope-sql";

export const SCOPE_OFFICIALS_PAGE_SIZE = 25;

export type ScopeOfficialRow = OfficialReadiness & {
  id: string;
  name: string;
  designation: string | null;
  organisationName: string;
  positionTitle: string | null;
};

export type ScopeOfficialsPage = { rows: ScopeOfficialRow[]; total: number };

type Row = { id: string; name: string; designation: string | null; fracPositionId: string | null; organisationName: string; positionTitle: string | null };

/**
 * Active officials of the scope by name, a page at a time, each with readiness for their post.
 * The total comes from the maintained headcount when no people filter applies.
 */
export async function listScopeOfficials(scope: ReportScope, options: { page?: number } = {}): Promise<ScopeOfficialsPage> {
  const { offset, pageSize } = pageWindow(options.page ?? 1, SCOPE_OFFICIALS_PAGE_SIZE);
  const where = officialConditions(scope);
  const [rows, total] = await Promise.all([
    dbRead.$queryRaw<Row[]>`
      SELECT u."id", u."name", u."designation", u."fracPositionId", o."name" AS "organisationName", p."title" AS "positionTitle"
      FROM "User" u
      JOIN "Organisation" o ON o."id" = u."organisationId"
      LEFT JOIN "FracPosition" p ON p."id" = u."fracPositionId"
      WHERE ${where}
      ORDER BY u."name", u."id"
      LIMIT ${pageSize} OFFSET ${offset}`,
    countScopeOfficials(scope),
  ]);
  const readiness = await loadOfficialReadiness(dbRead, rows);
  return { total, rows: rows.map((row) => ({ ...row, ...readiness.get(row.id)! })) };
}

async function countScopeOfficials(scope: ReportScope): Promise<number> {
  if (!hasPeopleFilters(scope.filters)) {
    const [row] = await dbRead.$queryRaw<{ n: number }[]>`
      SELECT coalesce(sum(h."activeOfficials"), 0)::int AS "n" FROM "OrganisationHeadcount" h
      WHERE ${inScopeOrganisations(scope, `h."organisationId"`)}`;
    return row?.n ?? 0;
  }
  const [row] = await dbRead.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS "n" FROM "User" u WHERE ${officialConditions(scope)}`;
  return row?.n ?? 0;
}
