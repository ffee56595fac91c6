import "server-only";
import { notFound } from "next/navigation";
import { fitFor, type RoleFit } from "@/lib/domain/competency/role-fit";
import { strictestRequirements } from "@/lib/domain/competency/requirement-status";
import { pageWindow } from "@/lib/domain/pagination";
import { dbRead } from "@/lib/server/db-read";
import { loadCompetencyInfo } from "./load-competency-names";
import type { ReportScope } from "./report-scope";
import { inScopeOrganisations, officialConditions } from "./scope-sql";

export const ROLE_FIT_PAGE_SIZE = 25;

export type RoleFitPosition = {
  id: string;
  code: string;
  title: string;
  organisationName: string | null;
  roleNames: string[];
  requirements: { competencyId: string; name: string; requiredLevel: number }[];
};

export type RoleFitRow = RoleFit & {
  name: string;
  designation: string | null;
  organisationName: string;
  currentPositionTitle: string | null;
  holdsThisPosition: boolean;
  missingNames: { name: string; required: number; held: number }[];
};

export type RoleFitReport = { position: RoleFitPosition; rows: RoleFitRow[]; total: number; rank: { offset: number } };

type Ranked = { id: string; missing: number; met: number; total: number };

/**
 * Right person, right role: the scope's active officials ranked by how well their held levels
 * meet a post's requirements (levels missing, then requirements met — lib/domain/competency/role-fit.ts
 * in SQL, so a ministry of 50,000 is ranked by the database, not in memory), a page at a time,
 * each with what they lack. Read-only.
 */
export async function getRoleFit(scope: ReportScope, positionId: string, options: { page?: number; pageSize?: number } = {}): Promise<RoleFitReport> {
  const position = await dbRead.fracPosition.findFirst({
    where: { id: positionId },
    select: {
      id: true,
      code: true,
      title: true,
      organisation: { select: { name: true } },
      roles: { select: { role: { select: { name: true, competencies: { select: { competencyId: true, requiredLevel: true } } } } } },
    },
  });
  if (!position) notFound();
  const required = strictestRequirements(position.roles.flatMap(({ role }) => role.competencies));
  const competencies = await loadCompetencyInfo();
  const requirements = [...required].map(([competencyId, requiredLevel]) => ({ competencyId, requiredLevel, name: competencies.get(competencyId)?.name ?? "" }));
  const summary: RoleFitPosition = {
    id: position.id,
    code: position.code,
    title: position.title,
    organisationName: position.organisation?.name ?? null,
    roleNames: position.roles.map(({ role }) => role.name),
    requirements: requirements.sort((a, b) => b.requiredLevel - a.requiredLevel || a.name.localeCompare(b.name)),
  };
  const { offset, pageSize } = pageWindow(options.page ?? 1, options.pageSize ?? ROLE_FIT_PAGE_SIZE);
  if (required.size === 0) return { position: summary, rows: [], total: 0, rank: { offset } };

  const ids = [...required.keys()];
  const levels = [...required.values()];
  const requiredTotal = levels.reduce((sum, level) => sum + level, 0);
  // Only officials holding one of the post's competencies can rank above the rest, so they are
  // scored from the holders' index rows (OfficialCompetency by competency, level, official); the
  // others all lack every level — missing = the sum of required levels, none met — and follow in
  // id order. Same order as scoring every official against every requirement, without a pass
  // over the whole scope's held levels.
  const ranked = await dbRead.$queryRaw<Ranked[]>`
    WITH req AS (SELECT * FROM unnest(${ids}::uuid[], ${levels}::int[]) AS t("competencyId", "requiredLevel")),
    in_scope AS (SELECT u."id" FROM "User" u WHERE ${officialConditions(scope)}),
    holders AS (
      SELECT oc."userId" AS "id",
             (${requiredTotal}::int - sum(least(oc."level", req."requiredLevel")))::int AS "missing",
             (count(*) FILTER (WHERE oc."level" >= req."requiredLevel"))::int AS "met"
      FROM req
      JOIN "OfficialCompetency" oc ON oc."competencyId" = req."competencyId"
      WHERE oc."userId" IN (SELECT "id" FROM in_scope)
      GROUP BY oc."userId"
    ),
    scored AS (
      SELECT "id", "missing", "met" FROM holders
      UNION ALL
      SELECT s."id", ${requiredTotal}::int, 0 FROM in_scope s WHERE NOT EXISTS (SELECT 1 FROM holders h WHERE h."id" = s."id")
    )
    SELECT "id", "missing", "met", (count(*) OVER ())::int AS "total"
    FROM scored
    ORDER BY "missing", "met" DESC, "id"
    LIMIT ${pageSize} OFFSET ${offset}`;
  const userIds = ranked.map((row) => row.id);
  const [officials, held] = await Promise.all([
    dbRead.user.findMany({
      where: { id: { in: userIds } },
      select: { id: true, name: true, designation: true, fracPositionId: true, organisation: { select: { name: true } }, fracPosition: { select: { title: true } } },
    }),
    dbRead.officialCompetency.findMany({ where: { userId: { in: userIds }, competencyId: { in: ids } }, select: { userId: true, competencyId: true, level: true } }),
  ]);
  const byId = new Map(officials.map((official) => [official.id, official]));
  const heldBy = new Map<string, Map<string, number>>();
  for (const row of held) {
    const map = heldBy.get(row.userId) ?? new Map<string, number>();
    map.set(row.competencyId, row.level);
    heldBy.set(row.userId, map);
  }
  return {
    position: summary,
    total: ranked[0]?.total ?? 0,
    rank: { offset },
    rows: ranked.flatMap((row) => {
      const official = byId.get(row.id);
      if (!official) return [];
      const fit = fitFor(required, { id: row.id, held: heldBy.get(row.id) ?? new Map() });
      return [
        {
          ...fit,
          name: official.name,
          designation: official.designation,
          organisationName: official.organisation?.name ?? "",
          currentPositionTitle: official.fracPosition?.title ?? null,
          holdsThisPosition: official.fracPositionId === position.id,
          missingNames: fit.missing.map((status) => ({ name: competencies.get(status.competencyId)?.name ?? "", required: status.required, held: status.held })),
        },
      ];
    }),
  };
}

export type PositionOption = { id: string; code: string; title: string; organisationName: string | null };

/** Posts to compare against: those of the scope's organisations (and unattached ones), by title. */
export async function searchRoleFitPositions(scope: ReportScope, query: string, limit = 30): Promise<PositionOption[]> {
  const text = query.trim().slice(0, 80);
  const pattern = `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  const rows = await dbRead.$queryRaw<PositionOption[]>`
    SELECT p."id", p."code", p."title", o."name" AS "organisationName"
    FROM "FracPosition" p
    LEFT JOIN "Organisation" o ON o."id" = p."organisationId"
    WHERE (p."organisationId" IS NULL OR ${inScopeOrganisations(scope, `p."organisationId"`)})
      AND (${text} = '' OR p."title" ILIKE ${pattern} OR p."code" ILIKE ${pattern} OR o."name" ILIKE ${pattern})
      AND EXISTS (SELECT 1 FROM "FracPositionRole" pr WHERE pr."positionId" = p."id")
    ORDER BY p."title", o."name", p."id"
    LIMIT ${limit}`;
  return rows;
}
